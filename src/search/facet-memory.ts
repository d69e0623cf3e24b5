import type { Facets } from "../model";
import { chunk, placeholders, type SqlClient } from "../lib/sql-client";
import { MONTH_SPAN } from "./doc-ids";

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
  /** Dates as dateKey reads them: numbers, as 200,000 strings made every full collection mark them all. */
  firstSeen: Float64Array;
  lastSeen: Float64Array;
  /** By document id, the dates that dateKey cannot hold, as written (none when the pipeline wrote every date). */
  oddDates: Map<number, { first: string; last: string }>;
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
    firstSeen: new Float64Array(n),
    lastSeen: new Float64Array(n),
    oddDates: new Map(),
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
    const odd = old!.oddDates.get(old!.ids[i]!);
    if (odd) next.oddDates.set(old!.ids[i]!, odd);
    next.multiStart[at] = m;
    for (let j = old!.multiStart[i]!; j < old!.multiStart[i + 1]!; j++) next.multi[m++] = old!.multi[j]!;
    at++;
  };
  const addNew = (d: DocRow & { id: number }) => {
    next.ids[at] = d.id;
    next.victimType[at] = d.victim_type === null ? -1 : code(next.victimTypes, vt, String(d.victim_type));
    next.country[at] = d.country === null ? -1 : code(next.countries, co, String(d.country));
    next.month[at] = code(next.months, mo, String(d.month));
    const [first, last] = [String(d.first_seen), String(d.last_seen)];
    next.firstSeen[at] = dateKey(first);
    next.lastSeen[at] = dateKey(last);
    if (Number.isNaN(next.firstSeen[at]!) || Number.isNaN(next.lastSeen[at]!)) next.oddDates.set(d.id, { first, last });
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

/** The number written by the `n` characters of `s` from `from`, or NaN when one is not a digit. */
function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = s.charCodeAt(i) - 48;
    v = d >= 0 && d <= 9 ? v * 10 + d : NaN;
  }
  return v;
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date as a number that orders and compares as the string does: the milliseconds of a date written as
 * toISOString writes it (YYYY-MM-DDTHH:MM:SS.sssZ, a year from 1000 on), whose string reads back from
 * the number; NaN for any other string (the table then keeps it as written, in oddDates). Read by hand,
 * as the table reads two per document.
 */
export function dateKey(s: string): number {
  if (s.length !== 24 || s[4] !== "-" || s[7] !== "-" || s[10] !== "T" || s[13] !== ":" || s[16] !== ":") return NaN;
  if (s[19] !== "." || s[23] !== "Z") return NaN;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  const ms = digits(s, 20, 3);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 && leap ? 29 : DAYS[mo - 1];
  // NaN fields fail every comparison, so a letter among the digits ends here too.
  if (!(y >= 1000 && days !== undefined && d >= 1 && d <= days && h <= 23 && mi <= 59 && sec <= 59 && ms >= 0))
    return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

/** The first_seen (`first`) or last_seen of the document at `position`, as written. */
export function dateOf(table: FacetTable, position: number, which: "first" | "last"): string {
  const key = (which === "first" ? table.firstSeen : table.lastSeen)[position]!;
  return Number.isNaN(key) ? table.oddDates.get(table.ids[position]!)![which] : new Date(key).toISOString();
}

function positionOf(table: FacetTable, id: number): number {
  const at = bisect(table.ids, id);
  return at < table.ids.length && table.ids[at] === id ? at : -1;
}

/**
 * Positions in the table of the ids in `list`: each id less `base`, in decimal, separated by commas, as
 * `group_concat(rowid - base)` gives them (ten digits instead of twelve: less for SQLite to write and
 * for this to read), as bytes or as a string. FTS5 lists matches in id order, so one forward walk finds
 * them; an id out of order is looked up by bisection, and an id the table lacks (written after it was
 * read, below `base` among them) is skipped.
 */
export function positionsOf(table: FacetTable, list: Uint8Array | string, base = 0): Int32Array {
  // Bytes, as the listing asks SQLite for a BLOB: made into a string, 50,000 ids cost more to hand over
  // than to list.
  const bytes = typeof list === "string" ? new TextEncoder().encode(list) : list;
  // Sized by the list, not the table: 400 KB of a 100,000-document table per search, allocated outside the
  // heap, counted towards the next full collection.
  const ids = table.ids;
  const n = ids.length;
  const length = bytes.length;
  let listed = length > 0 ? 1 : 0;
  for (let i = 0; i < length; i++) if (bytes[i] === 44) listed++;
  const out = new Int32Array(Math.min(listed, n));
  let count = 0;
  let at = 0;
  let value = 0;
  let negative = false;
  const slots = monthSlots(table);
  if (slots) {
    // An id's position is read from its month's slots: no walk through the table between two matches.
    const { first, start, slot } = slots;
    const months = start.length - 1;
    // One number at a time, its digits in an inner loop; ids come in order, so the month of the last
    // one (its first id and its slots) serves the next until an id passes its end.
    let from = 0;
    let to = -1;
    let firstSlot = 0;
    let endSlot = 0;
    for (let i = 0; i < length; i++) {
      const minus = bytes[i] === 45;
      if (minus) i++;
      let digits = 0;
      for (let c = bytes[i]!; i < length && c !== 44; c = bytes[++i]!) digits = digits * 10 + (c - 48);
      if (minus) continue;
      const id = digits + base;
      if (id < from || id >= to) {
        const m = Math.floor(id / MONTH_SPAN) - first;
        if (m < 0 || m >= months) continue;
        from = (m + first) * MONTH_SPAN;
        to = from + MONTH_SPAN;
        firstSlot = start[m]!;
        endSlot = start[m + 1]!;
      }
      const k = firstSlot + (id - from);
      const p = k < endSlot ? slot[k]! : -1;
      if (p >= 0 && count < out.length) out[count++] = p;
    }
    return count === out.length ? out : out.slice(0, count);
  }
  // Plain locals in one loop: a closure over them made this a third of a common word's search.
  for (let i = 0; i <= length && length > 0; i++) {
    const c = i < length ? bytes[i]! : 44;
    if (c === 45) negative = true;
    else if (c !== 44) value = value * 10 + (c - 48);
    else {
      const id = value + base;
      if (!negative) {
        if (at < n && ids[at]! > id) at = bisect(ids, id);
        while (at < n && ids[at]! < id) at++;
        if (at < n && ids[at] === id && count < out.length) out[count++] = at++;
      }
      value = 0;
      negative = false;
    }
  }
  return count === out.length ? out : out.slice(0, count);
}

/**
 * The table's positions by month and number (see doc-ids.ts): month m's documents numbered 0 … k have
 * slots start[m] … start[m] + k, each holding the position of the document of that number, or -1.
 */
interface MonthSlots {
  /** The month index of the first document. */
  first: number;
  start: Int32Array;
  slot: Int32Array;
}

/** Per table (never changed: a write makes a new one), its slots, or null when its ids are not numbered by month. */
const slotsOf = new WeakMap<FacetTable, MonthSlots | null>();

/**
 * The slots of a table, made on first use: about four bytes a document, as a month's numbers run from
 * one with gaps only where documents were replaced. Null when they would take more than twice that
 * (ids not numbered by month, or months mostly emptied), so positionsOf walks the table instead.
 */
function monthSlots(table: FacetTable): MonthSlots | null {
  const known = slotsOf.get(table);
  if (known !== undefined) return known;
  const ids = table.ids;
  const n = ids.length;
  const monthOf = (p: number) => Math.floor(ids[p]! / MONTH_SPAN);
  let slots: MonthSlots | null = null;
  if (n > 0 && ids.every((id) => Number.isSafeInteger(id) && id >= 0) && monthOf(n - 1) - monthOf(0) < n + 1024) {
    const first = monthOf(0);
    const months = monthOf(n - 1) - first + 1;
    const highest = new Int32Array(months).fill(-1);
    for (let p = 0; p < n; p++) {
      const m = monthOf(p) - first;
      highest[m] = Math.max(highest[m]!, ids[p]! - (m + first) * MONTH_SPAN);
    }
    const start = new Int32Array(months + 1);
    let total = 0;
    for (let m = 0; m < months && total <= 2 * n + 1024; m++) start[m + 1] = total += highest[m]! + 1;
    if (total <= 2 * n + 1024) {
      const slot = new Int32Array(start[months]!).fill(-1);
      for (let p = 0; p < n; p++) {
        const m = monthOf(p) - first;
        slot[start[m]! + ids[p]! - (m + first) * MONTH_SPAN] = p;
      }
      slots = { first, start, slot };
    }
  }
  slotsOf.set(table, slots);
  return slots;
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

/** Bits of the list filters in a document's mask: which filters its values satisfy. */
const VICTIM_TYPE = 1 << 1;
const COUNTRY = 1 << 2;
/** The multi-valued filters: parameter and row kind, by their bit. */
const MULTI: Record<string, { bit: number; param: "attacker" | "attack_type" | "impact" | "claim" }> = {
  g: { bit: 1 << 0, param: "attacker" },
  a: { bit: 1 << 3, param: "attack_type" },
  i: { bit: 1 << 4, param: "impact" },
  k: { bit: 1 << 5, param: "claim" },
};

/** A since or until bound: as written, and as the key of its midnight when it is a real date (else NaN). */
interface Bound {
  text: string;
  key: number;
}

function bound(date: string | null): Bound | null {
  return date === null
    ? null
    : { text: date, key: /^\d{4}-\d{2}-\d{2}$/.test(date) ? dateKey(`${date}T00:00:00.000Z`) : NaN };
}

/**
 * Whether the date of the document at `position` comes before `limit`, as SQL compares the strings: a
 * date of the pipeline's form is later than a YYYY-MM-DD bound exactly when its key is not below the
 * key of the bound's midnight. Any other date or bound is compared as written.
 */
function isBefore(table: FacetTable, keys: Float64Array, position: number, limit: Bound, which: "first" | "last") {
  const key = keys[position]!;
  return key === key && limit.key === limit.key ? key < limit.key : dateOf(table, position, which) < limit.text;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Which filter bits each value code satisfies, and the bits of the filters a document must pass. */
interface FilterTest {
  active: number;
  vtSat: Uint8Array;
  coSat: Uint8Array;
  multiSat: Uint8Array;
  /** The bit of the filter each multi-valued code belongs to. */
  multiBit: Uint8Array;
  since: Bound | null;
  until: Bound | null;
}

/** Counts per value code, as tally leaves them. */
interface CodeCounts {
  vt: Float64Array;
  co: Float64Array;
  mo: Float64Array;
  mv: Float64Array;
}

/** Per table (never changed: a write makes a new one), each multi-valued code's filter bit and the test of no filter. */
const testParts = new WeakMap<FacetTable, { multiBit: Uint8Array; none: FilterTest }>();

function filterTest(table: FacetTable, filters: MemoryFilters): FilterTest {
  let parts = testParts.get(table);
  if (!parts) {
    const multiBit = Uint8Array.from(table.multiValues, (v) => MULTI[v.kind]?.bit ?? 0);
    const none = {
      active: 0,
      vtSat: new Uint8Array(table.victimTypes.length),
      coSat: new Uint8Array(table.countries.length),
      multiSat: new Uint8Array(table.multiValues.length),
      multiBit,
      since: null,
      until: null,
    };
    testParts.set(table, (parts = { multiBit, none }));
  }
  const multiFiltered = Object.values(MULTI).some(({ param }) => filters[param].length > 0);
  if (!filters.since && !filters.until && !filters.victim_type.length && !filters.country.length && !multiFiltered)
    return parts.none;
  const multiBit = parts.multiBit;
  let active = 0;
  // Per value code, the bit of its filter when the filter is active and lists the value, else 0.
  const satisfies = (bit: number, values: readonly string[], codes: readonly string[]): Uint8Array => {
    if (values.length > 0) active |= bit;
    const wanted = new Set(values);
    return Uint8Array.from(codes, (c) => (wanted.has(c) ? bit : 0));
  };
  const vtSat = satisfies(VICTIM_TYPE, filters.victim_type, table.victimTypes);
  const coSat = satisfies(COUNTRY, filters.country, table.countries);
  const multiSat = Uint8Array.from(table.multiValues, (v, c) => {
    const filter = MULTI[v.kind];
    return filter && filters[filter.param].includes(v.value) ? multiBit[c]! : 0;
  });
  // A filter is active even when no document holds any of its values (then none passes it).
  for (const { bit, param } of Object.values(MULTI)) if (filters[param].length > 0) active |= bit;
  return {
    active,
    vtSat,
    coSat,
    multiSat,
    multiBit,
    since: bound(filters.since),
    until: filters.until ? bound(nextDay(filters.until)) : null,
  };
}

/**
 * Counts per value code over `positions` (every document when null), disjunctively (see countFacets),
 * and the positions that pass every filter. Each value code carries the bit of the filter it satisfies,
 * so a document's test is an OR of a few small integers.
 */
function tally(
  table: FacetTable,
  positions: Int32Array | null,
  test: FilterTest,
): { counts: CodeCounts; total: number; matched: Int32Array } {
  const { active, vtSat, coSat, multiSat, multiBit, since, until } = test;
  const vtCount = new Float64Array(table.victimTypes.length);
  const coCount = new Float64Array(table.countries.length);
  const moCount = new Float64Array(table.months.length);
  const mvCount = new Float64Array(table.multiValues.length);
  const matched = new Int32Array(positions ? positions.length : table.ids.length);
  const { victimType, country, month, multiStart, multi, lastSeen, firstSeen } = table;
  let total = 0;
  const n = positions ? positions.length : table.ids.length;
  if (positions && since === null && until === null && (active & ~(VICTIM_TYPE | COUNTRY)) === 0) {
    // Only victim type and country filter (a text with those two, the list page's commonest search): a
    // document's test needs only its pair of the two (pairsOf), so each match costs one read and one
    // count of its pair; the pairs' counts go to the two facets afterwards, and months and multi-valued
    // codes are read only for the documents that pass. Most of a common text's matches fail both filters.
    const width = table.countries.length + 1;
    const pairs = (table.victimTypes.length + 1) * width;
    const missedOf = new Uint8Array(pairs);
    for (let p = 0; p < pairs; p++) {
      const vt = Math.floor(p / width) - 1;
      const co = (p % width) - 1;
      missedOf[p] = active & ~((vt >= 0 ? vtSat[vt]! : 0) | (co >= 0 ? coSat[co]! : 0));
    }
    const pair = pairsOf(table);
    const perPair = new Float64Array(pairs);
    for (let k = 0; k < n; k++) {
      const i: number = positions[k]!;
      const p: number = pair[i]!;
      perPair[p]!++;
      if (missedOf[p] === 0) matched[total++] = i;
    }
    for (let p = 0; p < pairs; p++) {
      const count = perPair[p]!;
      if (count === 0) continue;
      const vt = Math.floor(p / width) - 1;
      const co = (p % width) - 1;
      const missed = missedOf[p]!;
      // Passing both counts in both facets; failing one filter alone still counts in that filter's facet.
      if (vt >= 0 && (missed === 0 || missed === VICTIM_TYPE)) vtCount[vt] += count;
      if (co >= 0 && (missed === 0 || missed === COUNTRY)) coCount[co] += count;
    }
    for (let k = 0; k < total; k++) {
      const i = matched[k]!;
      moCount[month[i]!]!++;
      for (let j = multiStart[i]!, to = multiStart[i + 1]!; j < to; j++) mvCount[multi[j]!]!++;
    }
    return { counts: { vt: vtCount, co: coCount, mo: moCount, mv: mvCount }, total, matched: matched.slice(0, total) };
  }
  for (let k = 0; k < n; k++) {
    const i = positions ? positions[k]! : k;
    if (since !== null && isBefore(table, lastSeen, i, since, "last")) continue;
    if (until !== null && !isBefore(table, firstSeen, i, until, "first")) continue;
    const vt = victimType[i]!;
    const co = country[i]!;
    const from = multiStart[i]!;
    const to = multiStart[i + 1]!;
    let sat = (vt >= 0 ? vtSat[vt]! : 0) | (co >= 0 ? coSat[co]! : 0);
    for (let j = from; j < to; j++) sat |= multiSat[multi[j]!]!;
    const missed = active & ~sat;
    if (missed === 0) {
      matched[total++] = i;
      if (vt >= 0) vtCount[vt]!++;
      if (co >= 0) coCount[co]!++;
      moCount[month[i]!]!++;
      for (let j = from; j < to; j++) mvCount[multi[j]!]!++;
    } else if ((missed & (missed - 1)) === 0) {
      // Fails only one active filter: it still counts in that filter's own facet.
      if (missed === VICTIM_TYPE) {
        if (vt >= 0) vtCount[vt]!++;
      } else if (missed === COUNTRY) {
        if (co >= 0) coCount[co]!++;
      } else for (let j = from; j < to; j++) if (multiBit[multi[j]!] === missed) mvCount[multi[j]!]!++;
    }
  }
  return { counts: { vt: vtCount, co: coCount, mo: moCount, mv: mvCount }, total, matched: matched.slice(0, total) };
}

/** Per table (never changed: a write makes a new one), each document's victim type and country as one code. */
const pairsOfTable = new WeakMap<FacetTable, Uint16Array | Int32Array>();

/**
 * Each document's victim type and country as one code, (victim type + 1) × (countries + 1) + country + 1
 * (a missing value is -1), made on first use: what a text with those two filters reads of each match.
 */
function pairsOf(table: FacetTable): Uint16Array | Int32Array {
  let pair = pairsOfTable.get(table);
  if (pair) return pair;
  const width = table.countries.length + 1;
  const n = table.ids.length;
  pair = (table.victimTypes.length + 1) * width <= 0x10000 ? new Uint16Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) pair[i] = (table.victimType[i]! + 1) * width + table.country[i]! + 1;
  pairsOfTable.set(table, pair);
  return pair;
}

/** A facet whose value codes index the table: victim type, country, or the multi-valued codes. */
type CodedFacet = "vt" | "co" | "mv";

/**
 * Per table (never changed: a write makes a new one) and facet, the positions of the documents holding
 * each value code asked for so far (ascending). Read on first use by one walk over the facet's codes, for
 * the codes a search names: every code's positions at once took 10 to 50 ms per table at 100,000 incidents.
 */
const holdersOf = new WeakMap<FacetTable, Record<CodedFacet, Map<number, Int32Array>>>();

function holders(table: FacetTable, facet: CodedFacet, codes: number[]): Int32Array[] {
  let known = holdersOf.get(table);
  if (!known) holdersOf.set(table, (known = { vt: new Map(), co: new Map(), mv: new Map() }));
  const kept = known[facet];
  const missing = codes.filter((c) => !kept.has(c));
  if (missing.length > 0) {
    const size =
      facet === "vt" ? table.victimTypes.length : facet === "co" ? table.countries.length : table.multiValues.length;
    const slot = new Int32Array(size).fill(-1);
    missing.forEach((c, k) => (slot[c] = k));
    const found: number[][] = missing.map(() => []);
    const n = table.ids.length;
    if (facet === "mv") {
      const { multiStart, multi } = table;
      for (let p = 0; p < n; p++)
        for (let j = multiStart[p]!; j < multiStart[p + 1]!; j++)
          if (slot[multi[j]!]! >= 0) found[slot[multi[j]!]!]!.push(p);
    } else {
      const values = facet === "vt" ? table.victimType : table.country;
      for (let p = 0; p < n; p++) if (values[p]! >= 0 && slot[values[p]!]! >= 0) found[slot[values[p]!]!]!.push(p);
    }
    missing.forEach((c, k) => kept.set(c, Int32Array.from(found[k]!)));
  }
  return codes.map((c) => kept.get(c)!);
}

/**
 * The candidates that can count at all, or null when finding them would cost more than counting every
 * candidate. A document failing two list filters counts in no facet, so one that counts holds a value of
 * at least one of any two active filters: the documents holding one of the two rarest filters' values,
 * read from the table's holders of those values, bound the walk. Two groups and an impact narrow a common word's
 * 90,000 matches to the few thousand documents of those groups or that impact.
 */
function countedOf(table: FacetTable, candidates: Int32Array, test: FilterTest): Int32Array | null {
  // Per active filter, how many documents hold one of its values: from the counts of every document,
  // so that the holders of values are found only for a search that reads them.
  const size = new Map<number, number>();
  for (let bit = 1; bit <= test.active; bit <<= 1) if (test.active & bit) size.set(bit, 0);
  if (size.size < 2) return null;
  const all = allCounts(table);
  const sum = (sat: Uint8Array, counts: Float64Array) =>
    sat.forEach((bit, code) => bit !== 0 && size.set(bit, size.get(bit)! + counts[code]!));
  sum(test.vtSat, all.vt);
  sum(test.coSat, all.co);
  sum(test.multiSat, all.mv);
  const [a, b] = [...size].sort((x, y) => x[1] - y[1]);
  // Marking their holders and picking the candidates out cost about what testing the candidates does once
  // those are half as many as the candidates (measured at 100,000 incidents).
  if (a![1] + b![1] > candidates.length / 2) return null;
  const mark = new Uint8Array(table.ids.length);
  const marked = (facet: CodedFacet, sat: Uint8Array) => {
    const codes: number[] = [];
    sat.forEach((bit, code) => (bit === a![0] || bit === b![0]) && codes.push(code));
    for (const list of holders(table, facet, codes)) for (let k = 0; k < list.length; k++) mark[list[k]!] = 1;
  };
  marked("vt", test.vtSat);
  marked("co", test.coSat);
  marked("mv", test.multiSat);
  const out = new Int32Array(candidates.length);
  let n = 0;
  for (let k = 0; k < candidates.length; k++) if (mark[candidates[k]!] === 1) out[n++] = candidates[k]!;
  return out.subarray(0, n);
}

/** Counts of every document with no filter, per table: read once, as a table is never changed (a write makes a new one). */
const countsOfAll = new WeakMap<FacetTable, CodeCounts>();

/** A query's list filters when none is set. */
export const NO_FILTERS: MemoryFilters = {
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  impact: [],
  claim: [],
  since: null,
  until: null,
};

function allCounts(table: FacetTable): CodeCounts {
  let all = countsOfAll.get(table);
  if (!all) countsOfAll.set(table, (all = tally(table, null, filterTest(table, NO_FILTERS)).counts));
  return all;
}

/** A list filter of a query, as its parameter names it. */
export type ListFilter = "attacker" | "victim_type" | "country" | "attack_type" | "impact" | "claim";

/** Per list filter with values, how many documents hold one of them (summed over the values). */
function taggedPerFilter(table: FacetTable, filters: MemoryFilters): { filter: ListFilter; documents: number }[] {
  const all = allCounts(table);
  const held = (values: readonly string[], codes: readonly string[], counts: Float64Array) =>
    codes.reduce((n, v, code) => (values.includes(v) ? n + counts[code]! : n), 0);
  const perFilter: { filter: ListFilter; documents: number }[] = [];
  if (filters.victim_type.length)
    perFilter.push({ filter: "victim_type", documents: held(filters.victim_type, table.victimTypes, all.vt) });
  if (filters.country.length)
    perFilter.push({ filter: "country", documents: held(filters.country, table.countries, all.co) });
  for (const { param } of Object.values(MULTI)) {
    if (filters[param].length === 0) continue;
    let n = 0;
    table.multiValues.forEach((v, code) => {
      if (MULTI[v.kind]?.param === param && filters[param].includes(v.value)) n += all.mv[code]!;
    });
    perFilter.push({ filter: param, documents: n });
  }
  return perFilter;
}

/**
 * How many documents hold a value the list filters name, summed over the values: how many postings
 * FTS5 reads to weigh the filters' tags in a MATCH that holds them (see rankedAmong in embedded-reader.ts).
 */
export function taggedDocuments(table: FacetTable, filters: MemoryFilters): number {
  return taggedPerFilter(table, filters).reduce((a, b) => a + b.documents, 0);
}

/** The list filter whose values the fewest documents hold, and how many hold them; null without list filters. */
export function rarestFilter(
  table: FacetTable,
  filters: MemoryFilters,
): { filter: ListFilter; documents: number } | null {
  return taggedPerFilter(table, filters).reduce<{ filter: ListFilter; documents: number } | null>(
    (best, f) => (best === null || f.documents < best.documents ? f : best),
    null,
  );
}

/**
 * The share of all documents that pass every list filter but at most one, were the filters independent:
 * about what listing those alone (countedExpression in fts-query.ts) keeps of a text's matches.
 */
export function countedShare(table: FacetTable, filters: MemoryFilters): number {
  if (table.ids.length === 0) return 0;
  const shares = taggedPerFilter(table, filters).map(({ documents }) => Math.min(1, documents / table.ids.length));
  const allPass = shares.reduce((a, b) => a * b, 1);
  // Every filter passed, or exactly filter j failed and every other passed.
  return shares.reduce((sum, p, j) => sum + (1 - p) * shares.reduce((q, s, i) => (i === j ? q : q * s), 1), allPass);
}

/** The positions of the table that are not in `positions` (ascending). */
function complementOf(table: FacetTable, positions: Int32Array): Int32Array {
  const out = new Int32Array(table.ids.length - positions.length);
  let at = 0;
  let next = 0;
  // Indexed: iterating a typed array allocates a result per element (3.5 MB for a common word's matches).
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    while (next < p) out[at++] = next++;
    next = p + 1;
  }
  while (next < table.ids.length) out[at++] = next++;
  return out;
}

/**
 * Exact facet counts over `candidates` (positions, or every document when null), as the SQL path counts
 * them and disjunctively: a document failing only list filter F still counts in facet F, so the values
 * of a picked facet stay listed with what picking them too would add. Dates are never disjunctive.
 * Without filters, a text matching most documents (a common word) is counted as everything less the
 * documents it misses; and with `withFacets` false only the months are counted (they place the
 * relevance window).
 */
export function countFacets(
  table: FacetTable,
  candidates: Int32Array | null,
  filters: MemoryFilters,
  withFacets = true,
): MemoryCounts {
  const test = filterTest(table, filters);
  if (candidates && test.active === 0 && test.since === null && test.until === null) {
    if (!withFacets) {
      const mo = new Float64Array(table.months.length);
      const month = table.month;
      for (let k = 0; k < candidates.length; k++) mo[month[candidates[k]!]!]!++;
      const none = new Float64Array(0);
      return {
        total: candidates.length,
        facets: facetsOf(table, { vt: none, co: none, mo, mv: none }),
        matched: candidates,
      };
    }
    if (candidates.length > table.ids.length / 2) {
      const all = allCounts(table);
      const missed = tally(table, complementOf(table, candidates), test).counts;
      const less = (a: Float64Array, b: Float64Array) => a.map((n, code) => n - b[code]!);
      const counts = {
        vt: less(all.vt, missed.vt),
        co: less(all.co, missed.co),
        mo: less(all.mo, missed.mo),
        mv: less(all.mv, missed.mv),
      };
      return { total: candidates.length, facets: facetsOf(table, counts), matched: candidates };
    }
  }
  const counted = candidates === null ? null : countedOf(table, candidates, test);
  const { counts, total, matched } = tally(table, counted ?? candidates, test);
  return { total, facets: facetsOf(table, counts), matched };
}

/** The facets of per-code counts, keyed as the SQL path keys them. */
function facetsOf(
  table: FacetTable,
  { vt: vtCount, co: coCount, mo: moCount, mv: mvCount }: CodeCounts,
): Required<Facets> {
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
  return facets;
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
