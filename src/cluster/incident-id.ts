import { hash64Hex } from "./hash";

/**
 * The id of an incident founded by the article at `url`: deterministic, so re-clustering the same
 * articles in the same order gives the same ids. `salt` separates a second incident founded by the
 * same URL (an article that was moved out and back), which is rare but must not collide.
 */
export function incidentIdFor(url: string, salt = 0): string {
  return "inc_" + hash64Hex(salt === 0 ? url : `${url}#${salt}`).slice(0, 12);
}
