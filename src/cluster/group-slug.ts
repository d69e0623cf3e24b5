import { findGroup, groupSlug } from "../extract/gazetteer";

/** The gazetteer's slug for a group name or alias; for a group it does not know, the slug of the name itself. */
export function groupSlugOf(name: string): string {
  return findGroup(name)?.slug ?? groupSlug(name);
}
