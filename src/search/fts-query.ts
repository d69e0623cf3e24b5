import type { SearchQuery } from "../model";
import { parseQuery, type QueryAtom, type QueryClause } from "./query-syntax";

/** First character of every filter token (private use: never in user text, see queryTerms). */
const TAG_MARK = "\ue002";

/** Kinds of filter tokens kept in the `tags` column: group, victim type, country, attack type, impact, claim status. */
export type TagKind = "g" | "v" | "c" | "a" | "i" | "k";

// A rebuild makes several tags per document: one encoder, and each byte's two hex digits looked up.
const utf8 = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

/**
 * A filter value as one opaque FTS5 token: a private-use character, the kind, then the value's UTF-8
 * in hex. unicode61 keeps private-use characters inside tokens, and parseQuery strips them from user
 * text, so no typed word (or prefix) can ever reach a tag; that is what lets text queries skip a
 * column filter, which would make FTS5 decode every position list.
 */
export function tagToken(kind: TagKind, value: string): string {
  let hex = "";
  for (const b of utf8.encode(value.toLowerCase())) hex += HEX[b];
  return `${TAG_MARK}${kind}${hex}`;
}

/** The words of a query, as FTS5 will see them: split on white space, NUL and control characters gone, wordless tokens dropped. */
export function queryTerms(q: string): string[] {
  return parseQuery(q).flatMap((c) => c.atoms.flatMap((a) => (a.kind === "term" ? [a.text] : [])));
}

/** One term as an FTS5 string: quoted, inner quotes doubled, so `NEAR(`, `AND`, `*`, `col:` stay plain words. */
function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

const clausesOf = (q: string | readonly QueryClause[]): readonly QueryClause[] =>
  typeof q === "string" ? parseQuery(q) : q;

/** The last word of a query when it may be read as a prefix (search-as-you-type): a plain word ending the text, not in an OR. */
function prefixWord(clauses: readonly QueryClause[]): string | null {
  const last = clauses.at(-1);
  if (!last || last.or || last.atoms.length !== 1) return null;
  const atom = last.atoms[0]!;
  // "c++"* would make the prefix of its last token, "c", match every c-word: only plain words get a star.
  return atom.kind === "term" && !atom.phrase && /^[\p{L}\p{N}]{2,}$/u.test(atom.text) ? atom.text : null;
}

function atomExpression(atom: QueryAtom): string {
  return atom.kind === "country" ? `"${tagToken("c", atom.code)}"` : quote(atom.text);
}

/**
 * The free-text part of a MATCH expression, or null when the text has no words. Every clause must
 * match (AND), any one alternative of a clause will do (OR: typed, a place's country, a typo's
 * correction); the last word also matches as a prefix (search-as-you-type) when it is a plain
 * word of two or more characters, the shortest prefix the prefix index serves (0012_search_prefix_5_6.sql).
 * `longer`, when given, lists every indexed term that extends the last word (see prefixProbe): the
 * prefix then becomes the word OR those terms, which matches the same rows without making FTS5
 * merge the prefix's postings at every statement. bm25 then weighs each term by its own rarity
 * instead of the prefix's as one, so "lockbit" ranks a document saying "lockbit3" by how rare
 * "lockbit3" is; ranking and snippets use this form too, as counting does.
 */
export function textExpression(q: string | readonly QueryClause[], longer?: readonly string[]): string | null {
  const clauses = clausesOf(q);
  if (clauses.length === 0) return null;
  const parts = clauses.map((c) =>
    c.atoms.length === 1 ? atomExpression(c.atoms[0]!) : `(${c.atoms.map(atomExpression).join(" OR ")})`,
  );
  const last = prefixWord(clauses);
  if (last !== null) {
    if (!longer) parts[parts.length - 1] += "*";
    else if (longer.length > 0) parts[parts.length - 1] = `(${[last, ...longer].map(quote).join(" OR ")})`;
  }
  // FTS5 reads no implicit AND next to a parenthesis: such a group needs its own AND.
  return `(${parts.map((p, i) => (i > 0 && (p.startsWith("(") || parts[i - 1]!.startsWith("(")) ? `AND ${p}` : p)).join(" ")})`;
}

/** Longest prefix the `prefix='2 3 4 5 6'` index of 0012_search_prefix_5_6.sql holds. */
const PREFIX_INDEX_MAX = 6;
/**
 * Shortest last word whose longer terms are looked up (see prefixProbe): five letters, the length the
 * prefix index stopped at before it served five and six, so that a word's ranking (by each term's
 * rarity, or by the prefix's as one) is what it was.
 */
const PROBED_FROM = 5;

/**
 * Whether FTS5 can set up the text expression of `q` cheaply: no prefix term, or one of at most
 * PREFIX_INDEX_MAX ASCII characters, which the prefix index answers with one posting list. A longer
 * prefix makes FTS5 merge the postings of every term starting so, at each setup of the query.
 */
export function cheapSetup(q: string | readonly QueryClause[], longer?: readonly string[]): boolean {
  const text = textExpression(q, longer);
  if (text === null || !text.endsWith("*)")) return true;
  const last = prefixWord(clausesOf(q))!;
  return last.length <= PREFIX_INDEX_MAX && /^[a-z0-9]+$/i.test(last);
}

/**
 * For a last word of PROBED_FROM characters or more (plain ASCII), the
 * range of index terms that would extend it: from the word plus "0", the lowest character a token
 * can continue with (unicode61 tokens hold only letters, digits and private-use characters), up to
 * the word with its last character incremented. The terms in that range are what the prefix matches
 * besides the word (see textExpression); plain terms are cheaper than a prefix, whose merged
 * postings FTS5 copies out at every statement. Null when the question does not arise.
 */
export function prefixProbe(q: string | readonly QueryClause[]): { from: string; to: string } | null {
  const word = prefixWord(clausesOf(q));
  if (word === null) return null;
  const last = word.toLowerCase();
  if (last.length < PROBED_FROM || !/^[a-z0-9]+$/.test(last)) return null;
  return { from: `${last}0`, to: last.slice(0, -1) + String.fromCharCode(last.charCodeAt(last.length - 1) + 1) };
}

/** The tag kind of each list filter, in the order MATCH expressions list them. */
const FILTER_KINDS: [keyof FilterQuery, TagKind][] = [
  ["attacker", "g"],
  ["victim_type", "v"],
  ["country", "c"],
  ["attack_type", "a"],
  ["impact", "i"],
  ["claim", "k"],
];

/** The MATCH part of one filter with values: its values' tags, OR-ed. */
function filterPart(kind: TagKind, values: readonly string[]): string {
  return `tags : (${values.map((v) => `"${tagToken(kind, v)}"`).join(" OR ")})`;
}

/** One MATCH part per filter with values (OR within it), in a fixed order. */
function filterParts(query: FilterQuery): string[] {
  return FILTER_KINDS.filter(([param]) => query[param].length > 0).map(([param, kind]) =>
    filterPart(kind, query[param]),
  );
}

/** The MATCH part of filter `param` of the query (its values' tags, OR-ed), or null when it has no values. */
export function oneFilterExpression(query: FilterQuery, param: keyof FilterQuery): string | null {
  const kind = FILTER_KINDS.find(([p]) => p === param)![1];
  return query[param].length > 0 ? filterPart(kind, query[param]) : null;
}

/** The filter part of a MATCH expression (OR within one filter, AND across filters), or null without filters. */
export function filterExpression(query: FilterQuery): string | null {
  const parts = filterParts(query);
  return parts.length > 0 ? parts.join(" AND ") : null;
}

/**
 * The matches of `text` that pass every filter but at most one, or null when that is every match (fewer
 * than two filters): the only ones disjunctive facet counts read, as a document failing two filters
 * counts in no facet. With two broad filters (a common victim type and country) that is about half of
 * a common word's matches, each of which would otherwise be listed, sent and looked up.
 */
export function countedExpression(text: string, query: FilterQuery): string | null {
  const parts = filterParts(query);
  if (parts.length < 2) return null;
  const allBut = parts.map((_, skipped) => parts.filter((__, i) => i !== skipped).join(" AND "));
  return `${text} AND (${allBut.map((p) => `(${p})`).join(" OR ")})`;
}

/** The filters of a query, each a list of values of which one must match. */
export type FilterQuery = Pick<
  SearchQuery,
  "attacker" | "victim_type" | "country" | "attack_type" | "impact" | "claim"
>;

/** Text (the query's, or its clauses as read) and filters as one MATCH expression, or null when neither narrows the set. */
export function matchExpression(
  query: FilterQuery & { q: string },
  longer?: readonly string[],
  clauses?: readonly QueryClause[],
): string | null {
  const parts = [textExpression(clauses ?? query.q, longer), filterExpression(query)].filter(
    (p): p is string => p !== null,
  );
  return parts.length > 0 ? parts.join(" AND ") : null;
}
