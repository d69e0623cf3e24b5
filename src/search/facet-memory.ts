import type { Facets } from "../model";
import { chunk, placeholders, type SqlClient } from "../lib/sql-client";

/** The list filters of a query as the counting below reads them (values as the index stores them). */
export interface MemoryFilters {
  attacker: readonly string[];
  victim_type: readonly string[];
  country: readonly string[];
  attack_type: readonly string[];
  impact: readonly string[];
  claim: readonly string[];
  /** Inclusive ISO dates, compared as the SQL path compares them. */
  since: string | null;
  until: string | null;
}

/** Facet counts of a selection, its total, and its documents as positions in the table (ascending ids). */
export interface MemoryCounts {
  total: number;
  facets: Required<Facets>;
  /** Positions of the documents that pass every filter, in id order. */
  matched: Int32Array;
}

/**
 * Every document's facet values, in arrays ordered by document id: what counting needs, and nothing more
 * (a few MB for 100,000 incidents). Counting a common word's 90,000 matches in SQL joins each of them to
 * two tables; here it is a walk over these arrays once FTS5 has listed the matching ids.
 */
export interface FacetTable {
  ids: Float64Array;
  victimType: Int32Array;
  country: Int32Array;
  month: Int32Array;
  firstSeen: string[];
  lastSeen: string[];
  /** Multi-valued facet values of document i: codes multi[multiStart[i]] … multi[multiStart[i + 1] - 1]. */
  multiStart: Int32Array;
  multi: Int32Array;
  /** Code → value, per single-valued facet. */
  victimTypes: string[];
  countries: string[];
  months: string[];
  /** Code → multi-valued facet row. */
  multiValues: { kind: string; value: string; label: string }[];
}

/** A search_docs row as the table reads it. */
export interface DocRow {
  id: number;
  victim_type: string | null;
  country: string | null;
  month: string;
  first_seen: string;
  last_seen: string;
}

/** A search_facets row. */
export interface FacetDbRow {
  doc_id: number;
  kind: string;
  value: string;
  label: string;
}

const DOC_COLUMNS = `id, victim_type, country, month, first_seen, last_seen`;

/** Reads the whole table from the index (two statements). */
export async function loadFacetTable(client: SqlClient): Promise<FacetTable> {
  const docs = await client.all<DocRow>(`SELECT ${DOC_COLUMNS} FROM search_docs ORDER BY id`);
  const rows = await client.all<FacetDbRow>(`SELECT doc_id, kind, value, label FROM search_facets ORDER BY doc_id`);
  return patchFacetTable(null, new Set(), docs, rows);
}

/** The rows of the documents with ids `ids` (for patching the table after a write). */
export async function readDocRows(client: SqlClient, ids: number[]): Promise<{ docs: DocRow[]; facets: FacetDbRow[] }> {
  const docs: DocRow[] = [];
  const facets: FacetDbRow[] = [];
  for (const part of chunk(ids)) {
    docs.push(
      ...(await client.all<DocRow>(
        `SELECT ${DOC_COLUMNS} FROM search_docs WHERE id IN (${placeholders(part.length)})`,
        part,
      )),
    );
    facets.push(
      ...(await client.all<FacetDbRow>(
        `SELECT doc_id, kind, value, label FROM search_facets WHERE doc_id IN (${placeholders(part.length)})`,
        part,
      )),
    );
  }
  return { docs, facets };
}

/**
 * `table` without the documents in `removed` and with `docs` (and their `facets`) added, as a new table;
 * from nothing when `table` is null. One merge of two id-ordered lists: a write of a few hundred
 * incidents costs a copy of the arrays, not a reading of 100,000 rows.
 */
export function patchFacetTable(
  table: FacetTable | null,
  removed: ReadonlySet<number>,
  docs: DocRow[],
  facets: FacetDbRow[],
): FacetTable {
  const added = [...docs].map((d) => ({ ...d, id: Number(d.id) })).sort((a, b) => a.id - b.id);
  const facetsOf = new Map<number, FacetDbRow[]>();
  for (const f of facets) {
    const id = Number(f.doc_id);
    const list = facetsOf.get(id);
    if (list) list.push(f);
    else facetsOf.set(id, [f]);
  }
  const old = table;
  const kept = old ? old.ids.length - [...removed].filter((id) => positionOf(old, id) >= 0).length : 0;
  const n = kept + added.length;
  const next: FacetTable = {
    ids: new Float64Array(n),
    victimType: new Int32Array(n),
    country: new Int32Array(n),
    month: new Int32Array(n),
    firstSeen: new Array<string>(n),
    lastSeen: new Array<string>(n),
    multiStart: new Int32Array(n + 1),
    multi: new Int32Array((old?.multi.length ?? 0) + facets.length),
    victimTypes: [...(old?.victimTypes ?? [])],
    countries: [...(old?.countries ?? [])],
    months: [...(old?.months ?? [])],
    multiValues: [...(old?.multiValues ?? [])],
  };
  const codeMap = (list: string[]) => new Map(list.map((v, i) => [v, i]));
  const vt = codeMap(next.victimTypes);
  const co = codeMap(next.countries);
  const mo = codeMap(next.months);
  const mv = new Map(next.multiValues.map((v, i) => [`${v.kind}\u0000${v.value}\u0000${v.label}`, i]));
  const code = (list: string[], index: Map<string, number>, key: string): number => {
    let c = index.get(key);
    if (c === undefined) ((c = list.length), list.push(key), index.set(key, c));
    return c;
  };
  let at = 0;
  let m = 0;
  const copyOld = (i: number) => {
    next.ids[at] = old!.ids[i]!;
    next.victimType[at] = old!.victimType[i]!;
    next.country[at] = old!.country[i]!;
    next.month[at] = old!.month[i]!;
    next.firstSeen[at] = old!.firstSeen[i]!;
    next.lastSeen[at] = old!.lastSeen[i]!;
    next.multiStart[at] = m;
    for (let j = old!.multiStart[i]!; j < old!.multiStart[i + 1]!; j++) next.multi[m++] = old!.multi[j]!;
    at++;
  };
  const addNew = (d: DocRow & { id: number }) => {
    next.ids[at] = d.id;
    next.victimType[at] = d.victim_type === null ? -1 : code(next.victimTypes, vt, String(d.victim_type));
    next.country[at] = d.country === null ? -1 : code(next.countries, co, String(d.country));
    next.month[at] = code(next.months, mo, String(d.month));
    next.firstSeen[at] = String(d.first_seen);
    next.lastSeen[at] = String(d.last_seen);
    next.multiStart[at] = m;
    for (const f of facetsOf.get(d.id) ?? []) {
      const key = `${f.kind}\u0000${f.value}\u0000${f.label}`;
      let c = mv.get(key);
      if (c === undefined)
        ((c = next.multiValues.length),
          next.multiValues.push({ kind: String(f.kind), value: String(f.value), label: String(f.label) }),
          mv.set(key, c));
      next.multi[m++] = c;
    }
    at++;
  };
  let i = 0;
  let k = 0;
  const oldLength = old?.ids.length ?? 0;
  while (i < oldLength || k < added.length) {
    if (i < oldLength && removed.has(old!.ids[i]!)) {
      i++;
      continue;
    }
    if (k >= added.length || (i < oldLength && old!.ids[i]! < added[k]!.id)) copyOld(i++);
    else addNew(added[k++]!);
  }
  next.multiStart[at] = m;
  next.multi = next.multi.slice(0, m);
  return next;
}

function positionOf(table: FacetTable, id: number): number {
  const at = bisect(table.ids, id);
  return at < table.ids.length && table.ids[at] === id ? at : -1;
}

/**
 * Positions in the table of the ids in `list` (decimal ids separated by commas, as group_concat gives
 * them). FTS5 lists matches in id order, so one forward walk finds them; an id out of order is looked
 * up by bisection, and an id the table lacks (written after it was read) is skipped.
 */
export function positionsOf(table: FacetTable, list: string): Int32Array {
  const out = new Int32Array(table.ids.length);
  let count = 0;
  let at = 0;
  let value = 0;
  const place = (id: number) => {
    if (at < table.ids.length && table.ids[at]! > id) at = bisect(table.ids, id);
    while (at < table.ids.length && table.ids[at]! < id) at++;
    if (at < table.ids.length && table.ids[at] === id && count < out.length) out[count++] = at++;
  };
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) (place(value), (value = 0));
    else value = value * 10 + (c - 48);
  }
  if (list.length > 0) place(value);
  return out.slice(0, count);
}

function bisect(ids: Float64Array, id: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Numbers of the list filters, as `failedBit` names the one a document fails. */
const VICTIM_TYPE = 1;
const COUNTRY = 2;
/** The multi-valued filters: their number, parameter and row kind. */
const MULTI = [
  [0, "attacker", "g"],
  [3, "attack_type", "a"],
  [4, "impact", "i"],
  [5, "claim", "k"],
] as const;
const MULTI_BIT: Record<string, number> = { g: 0, a: 3, i: 4, k: 5 };

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Exact facet counts over `candidates` (positions, or every document when null), as the SQL path counts
 * them and disjunctively: a document failing only list filter F still counts in facet F, so the values
 * of a picked facet stay listed with what picking them too would add. Dates are never disjunctive.
 */
export function countFacets(table: FacetTable, candidates: Int32Array | null, filters: MemoryFilters): MemoryCounts {
  // Per filter, which codes pass (null: no filter).
  const accept = (values: readonly string[], codes: string[]): Uint8Array | null => {
    if (values.length === 0) return null;
    const wanted = new Set(values);
    return Uint8Array.from(codes, (c) => (wanted.has(c) ? 1 : 0));
  };
  const vtOk = accept(filters.victim_type, table.victimTypes);
  const coOk = accept(filters.country, table.countries);
  const multiOk = MULTI.filter(([, param]) => filters[param].length > 0).map(
    ([bit, param, kind]) =>
      [
        bit,
        accept(
          filters[param],
          table.multiValues.map((v) => (v.kind === kind ? v.value : "\u0000")),
        )!,
      ] as const,
  );
  const until = filters.until ? nextDay(filters.until) : null;

  const vtCount = new Float64Array(table.victimTypes.length);
  const coCount = new Float64Array(table.countries.length);
  const moCount = new Float64Array(table.months.length);
  const mvCount = new Float64Array(table.multiValues.length);
  const matched = new Int32Array(candidates ? candidates.length : table.ids.length);
  let total = 0;
  const n = candidates ? candidates.length : table.ids.length;
  for (let k = 0; k < n; k++) {
    const i = candidates ? candidates[k]! : k;
    if (filters.since && table.lastSeen[i]! < filters.since) continue;
    if (until && table.firstSeen[i]! >= until) continue;
    let failed = 0;
    let failedBit = -1;
    const vt = table.victimType[i]!;
    const co = table.country[i]!;
    if (vtOk && (vt < 0 || !vtOk[vt])) (failed++, (failedBit = VICTIM_TYPE));
    if (coOk && (co < 0 || !coOk[co])) (failed++, (failedBit = COUNTRY));
    if (failed > 1) continue;
    const from = table.multiStart[i]!;
    const to = table.multiStart[i + 1]!;
    for (const [bit, ok] of multiOk) {
      let any = false;
      for (let j = from; j < to && !any; j++) any = ok[table.multi[j]!] === 1;
      if (!any) (failed++, (failedBit = bit));
    }
    if (failed > 1) continue;
    if (failed === 0) {
      total++;
      matched[total - 1] = i;
      if (vt >= 0) vtCount[vt]!++;
      if (co >= 0) coCount[co]!++;
      moCount[table.month[i]!]!++;
      for (let j = from; j < to; j++) mvCount[table.multi[j]!]!++;
      continue;
    }
    // Fails only one active filter: it still counts in that filter's own facet.
    if (failedBit === VICTIM_TYPE && vt >= 0) vtCount[vt]!++;
    else if (failedBit === COUNTRY && co >= 0) coCount[co]!++;
    else
      for (let j = from; j < to; j++)
        if (MULTI_BIT[table.multiValues[table.multi[j]!]!.kind] === failedBit) mvCount[table.multi[j]!]!++;
  }

  const facets = emptyFacets();
  vtCount.forEach((c, code) => c > 0 && (facets.victim_type[table.victimTypes[code]!] = c));
  coCount.forEach((c, code) => c > 0 && (facets.country[table.countries[code]!] = c));
  moCount.forEach((c, code) => {
    if (c === 0) return;
    const month = table.months[code]!;
    facets.month[month] = (facets.month[month] ?? 0) + c;
    const year = month.slice(0, 4);
    facets.year[year] = (facets.year[year] ?? 0) + c;
  });
  // Groups are keyed by name, as the SQL path labels them (MIN(label) per value).
  const groupLabel = new Map<string, string>();
  for (const v of table.multiValues)
    if (v.kind === "g" && (!groupLabel.has(v.value) || v.label < groupLabel.get(v.value)!))
      groupLabel.set(v.value, v.label);
  mvCount.forEach((c, code) => {
    if (c === 0) return;
    const v = table.multiValues[code]!;
    const target =
      v.kind === "g"
        ? facets.attacker_groups
        : v.kind === "a"
          ? facets.attack_types
          : v.kind === "i"
            ? facets.impact
            : v.kind === "k"
              ? facets.claim
              : null;
    if (!target) return;
    const key = v.kind === "g" ? groupLabel.get(v.value)! : v.value;
    target[key] = (target[key] ?? 0) + c;
  });
  return { total, facets, matched: matched.slice(0, total) };
}

/** Every facet with no value counted yet: the start of both the SQL and the in-memory count. */
export function emptyFacets(): Required<Facets> {
  return {
    attacker_groups: {},
    victim_type: {},
    country: {},
    attack_types: {},
    impact: {},
    claim: {},
    year: {},
    month: {},
  };
}
