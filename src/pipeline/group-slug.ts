import type { GroupSlugOf } from "../cluster/group-slug";
import { findGroup, groupSlug } from "../extract/gazetteer";

/** The gazetteer's slug for a group name or alias; for a group it does not know, the slug of the name itself. */
export const groupSlugOf: GroupSlugOf = (name) => findGroup(name)?.slug ?? groupSlug(name);
