import type { AttackerGroup, QueryReading } from "../model";
import type { QueryClause } from "./query-syntax";

/** Longest alias looked for, in words ("LockBit Black", "Gold Southfield"). */
const MAX_ALIAS_WORDS = 4;

/** Folds an alias or a run of typed words for comparison. */
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Alias (folded) → its group, for every alias that is not also the group's own name. */
export function aliasIndex(groups: readonly AttackerGroup[]): Map<string, AttackerGroup> {
  const out = new Map<string, AttackerGroup>();
  for (const g of groups) for (const alias of g.aliases) if (fold(alias) !== fold(g.name)) out.set(fold(alias), g);
  return out;
}

/**
 * How the search read the query, for the page to say so: the aliases it names (runs of typed words
 * or a phrase, longest first), the places it took for countries and the typos it corrected.
 */
export function queryReadings(
  clauses: readonly QueryClause[],
  aliases: ReadonlyMap<string, AttackerGroup>,
): QueryReading[] {
  const out: QueryReading[] = [];
  const seen = new Set<string>();
  const add = (reading: QueryReading) => {
    const key = JSON.stringify(reading);
    if (!seen.has(key)) (seen.add(key), out.push(reading));
  };
  const typed = clauses.flatMap((c) =>
    c.atoms.flatMap((a) => (a.kind === "term" && a.typoOf === undefined ? [a.text] : [])),
  );
  const words = typed.flatMap((t) => t.split(/\s+/));
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1; n--) {
      const said = words.slice(i, i + n).join(" ");
      const group = aliases.get(fold(said));
      if (!group) continue;
      add({ kind: "alias", said, name: group.name, slug: group.slug });
      i += n - 1;
      break;
    }
  }
  for (const clause of clauses)
    for (const atom of clause.atoms) {
      if (atom.kind === "country") add({ kind: "place", said: atom.said, country: atom.code });
      else if (atom.typoOf !== undefined) add({ kind: "typo", said: atom.typoOf, read: atom.text });
    }
  return out;
}
