import type { AttackerGroup, Incident } from "../model";
import { hash53 } from "../lib/hash";
import { chunk, MAX_PARAMS, placeholders, type SqlClient, type SqlStatement } from "../lib/sql-client";
import { firstIdOf, monthIndex, MONTH_SPAN } from "./doc-ids";
import { docIdsOf } from "./embedded-selection";
import type { MemoryFacets } from "./embedded-memory";
import type { SearchIndex } from "./search-index";
import { aliasLookup, monthOf, toSearchDocument, type SearchDocument, type SourceTextLookup } from "./search-document";

/** Incidents per `batch` call on D1: one atomic unit, small enough to stay within its statement limits. */
export const D1_WRITE_BATCH = 50;
/** Incidents per transaction on SQLite (see EmbeddedSearchOptions.writeBatch). */
const WRITE_BATCH = 500;
/** Characters of JSON bound to one statement at most (at most 1.5 MB of UTF-8): D1 refuses strings over 2 MB. */
const MAX_JSON_CHARS = 500_000;

/** Rows as JSON arrays of at most MAX_JSON_CHARS (a single larger row gets an array of its own). */
function jsonChunks(rows: unknown[]): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (part.length > 0 && size + json.length > MAX_JSON_CHARS) {
      out.push(`[${part.join(",")}]`);
      part = [];
      size = 0;
    }
    part.push(json);
    size += json.length + 1;
  }
  if (part.length > 0) out.push(`[${part.join(",")}]`);
  return out;
}

/** Rows of the incidents given that are written by `join`: the JSON rows' `$.id` is the incident id. */
const byIncident = (order = "") =>
  `FROM json_each(?) j JOIN search_docs d ON d.incident_id = json_extract(j.value, '$.id')${order}`;
/**
 * The generation a document is written with: the rebuild's, or outside a rebuild the current one, so a
 * rebuild running meanwhile keeps it.
 */
const GEN = `COALESCE(?, (SELECT COALESCE(MAX(gen), 0) FROM search_docs))`;

// The id depends on the month (doc-ids.ts), which an update may change: a new version takes the next
// free ids of its month, in the order given. One statement per chunk, not per document: the
// statements themselves were a tenth of a rebuild. SQLite reads the month's last id before writing,
// as it materialises a SELECT that reads the table it inserts into.
const INSERT_DOCS = `INSERT INTO search_docs (id, incident_id, first_seen, last_seen, month, victim_type, country, hash, gen)
  SELECT (SELECT COALESCE(MAX(id), b.base) FROM search_docs WHERE id >= b.base AND id < b.base + ${MONTH_SPAN}) + ROW_NUMBER() OVER (PARTITION BY b.base ORDER BY b.key),
    b.incident_id, b.first_seen, b.last_seen, b.month, b.victim_type, b.country, b.hash, ${GEN}
  FROM (SELECT j.key AS key, j.value ->> 0 AS base, j.value ->> 1 AS incident_id, j.value ->> 2 AS first_seen, j.value ->> 3 AS last_seen,
          j.value ->> 4 AS month, j.value ->> 5 AS victim_type, j.value ->> 6 AS country, j.value ->> 7 AS hash FROM json_each(?) j) b
  ORDER BY b.key`;
const INSERT_PAYLOADS = `INSERT INTO search_payload (id, doc) SELECT d.id, json_extract(j.value, '$.doc') ${byIncident()}`;
const INSERT_FACETS = `INSERT INTO search_facets (doc_id, kind, value, label)
  SELECT d.id, json_extract(j.value, '$.kind'), json_extract(j.value, '$.value'), json_extract(j.value, '$.label') ${byIncident()}`;
const INSERT_NAME_TERMS = `INSERT OR IGNORE INTO search_name_terms (doc_id, term) SELECT d.id, json_extract(j.value, '$.term') ${byIncident()}`;
// In rowid order: FTS5 also flushes whenever a rowid is lower than the last one written.
const INSERT_TEXT = `INSERT INTO search_fts (rowid, title, names, body, sources, tags)
  SELECT d.id, json_extract(j.value, '$.title'), json_extract(j.value, '$.names'), json_extract(j.value, '$.body'),
    json_extract(j.value, '$.sources'), json_extract(j.value, '$.tags') ${byIncident(" ORDER BY d.id")}`;

/** Seeds every document's hash with the SQL that writes it, so a writer that writes something new rewrites every document once. */
const WRITER_SEED = hash53([INSERT_DOCS, INSERT_PAYLOADS, INSERT_FACETS, INSERT_NAME_TERMS, INSERT_TEXT].join("\n"));

/** An incident and the search document made of it. */
interface Written {
  incident: Incident;
  doc: SearchDocument;
  /** Of everything written for it (documentHash). */
  hash: number;
}

/** What the index writes for an incident, as one number: the same number means the same rows. */
function documentHash(incident: Incident, doc: SearchDocument): number {
  return hash53(JSON.stringify([incident, doc]), WRITER_SEED);
}

/**
 * Statements writing `docs` (distinct incidents, in month order), replacing any earlier version.
 * Payload, facets and text go in as JSON, many documents per statement, text last: FTS5 flushes its
 * pending terms into a new segment whenever a later statement of the transaction starts, so a
 * statement per document left a segment per document to write and merge.
 */
function writeStatements(docs: Written[], gen: number | null): SqlStatement[] {
  return [
    // Their text, payload and facet rows go with them (trigger search_docs_cascade).
    ...chunk(docs.map((d) => d.incident.id)).map((ids) => ({
      sql: `DELETE FROM search_docs WHERE incident_id IN (${placeholders(ids.length)})`,
      params: ids,
    })),
    ...jsonChunks(
      docs.map(({ incident, doc, hash }) => [
        firstIdOf(monthIndex(doc.month)),
        incident.id,
        incident.first_seen,
        // Newest first means the last material change (issue 16): a reprint must not move an incident up.
        incident.updated ?? incident.last_seen,
        doc.month,
        doc.victim_type,
        doc.country,
        hash,
      ]),
    ).map((json) => ({ sql: INSERT_DOCS, params: [gen, json] })),
    // The incident goes in as a JSON object, not as a string inside JSON: escaping it twice cost as much as indexing it.
    ...jsonChunks(docs.map(({ incident }) => ({ id: incident.id, doc: incident }))).map((json) => ({
      sql: INSERT_PAYLOADS,
      params: [json],
    })),
    ...jsonChunks(docs.flatMap(({ incident, doc }) => doc.facets.map((f) => ({ id: incident.id, ...f })))).map(
      (json) => ({ sql: INSERT_FACETS, params: [json] }),
    ),
    ...jsonChunks(docs.flatMap(({ incident, doc }) => doc.nameTerms.map((term) => ({ id: incident.id, term })))).map(
      (json) => ({ sql: INSERT_NAME_TERMS, params: [json] }),
    ),
    ...jsonChunks(
      docs.map(({ incident, doc }) => ({
        id: incident.id,
        title: doc.title,
        names: doc.names,
        body: doc.body,
        sources: doc.sources,
        tags: doc.tags,
      })),
    ).map((json) => ({ sql: INSERT_TEXT, params: [json] })),
  ];
}

/** Statements that keep the documents of `incidentIds` as they are, in generation `gen` (see GEN). */
function keepStatements(incidentIds: string[], gen: number | null): SqlStatement[] {
  return chunk(incidentIds, MAX_PARAMS - 1).map((ids) => ({
    sql: `UPDATE search_docs SET gen = ${GEN} WHERE incident_id IN (${placeholders(ids.length)})`,
    params: [gen, ...ids],
  }));
}

/**
 * The stored documents of `incidentIds` in one read: their ids (which a write replaces) and the hash of
 * each (none for documents written before hashes were kept).
 */
async function storedDocs(
  client: SqlClient,
  incidentIds: string[],
): Promise<{ ids: number[]; hashes: Map<string, number> }> {
  const ids: number[] = [];
  const hashes = new Map<string, number>();
  for (const part of chunk(incidentIds))
    for (const row of await client.all<{ id: number; incident_id: string; hash: number | null }>(
      `SELECT id, incident_id, hash FROM search_docs WHERE incident_id IN (${placeholders(part.length)})`,
      part,
    )) {
      ids.push(Number(row.id));
      if (row.hash !== null) hashes.set(String(row.incident_id), Number(row.hash));
    }
  return { ids, hashes };
}

/** What the writer needs of the index's options (see EmbeddedSearchOptions). */
export interface WriterOptions {
  groups?: readonly AttackerGroup[];
  writeBatch?: number;
  sourceTexts?: SourceTextLookup;
}

/** The writing half of the embedded index: upserts, removals and rebuilds, keeping `memory` up to them. */
export function createIndexWriter(
  client: SqlClient,
  options: WriterOptions,
  memory: MemoryFacets,
): Pick<SearchIndex, "upsert" | "remove" | "rebuild"> {
  const aliases = aliasLookup(options.groups ?? []);

  const write = async (incidents: Incident[], gen: number | null) => {
    // In id order, that is by month: FTS5 flushes its pending terms whenever a rowid is lower than the last one written.
    // The last version of an incident given twice wins, as when they were written one by one.
    const latest = [...new Map(incidents.map((i) => [i.id, i])).values()];
    const byMonth = latest.sort((a, b) => monthIndex(monthOf(a.first_seen)) - monthIndex(monthOf(b.first_seen)));
    const size = options.writeBatch ?? WRITE_BATCH;
    for (const part of chunk(byMonth, size)) {
      const articleIds = [...new Set(part.flatMap((i) => i.sources.map((s) => s.article_id)))];
      const texts =
        options.sourceTexts && articleIds.length ? await options.sourceTexts(articleIds) : new Map<number, string>();
      const docs = part.map((incident) => {
        const doc = toSearchDocument(incident, aliases, texts);
        return { incident, doc, hash: documentHash(incident, doc) };
      });
      // A document that would be written as it stands keeps its rows: deleting its text from FTS5 costs
      // as much as writing it, and a rebuild rewrites every document, most often as it was. The ids
      // replaced are what the in-memory facet table drops (patchTable).
      const stored = await storedDocs(
        client,
        part.map((i) => i.id),
      );
      const same = docs.filter((d) => stored.hashes.get(d.incident.id) === d.hash);
      const changed = docs.filter((d) => stored.hashes.get(d.incident.id) !== d.hash);
      await client.batch([
        ...keepStatements(
          same.map((d) => d.incident.id),
          gen,
        ),
        ...writeStatements(changed, gen),
      ]);
      await memory.patchTable(
        stored.ids,
        part.map((i) => i.id),
      );
    }
  };

  return {
    async upsert(incidents) {
      await write(incidents, null);
    },

    async remove(ids) {
      const before = memory.loaded() ? await docIdsOf(client, [...new Set(ids)]) : [];
      for (const part of chunk([...new Set(ids)])) {
        await client.run(`DELETE FROM search_docs WHERE incident_id IN (${placeholders(part.length)})`, part);
      }
      await memory.patchTable(before, []);
    },

    async rebuild(batches, onProgress) {
      const [row] = await client.all<{ gen: number }>(`SELECT COALESCE(MAX(gen), 0) + 1 AS gen FROM search_docs`);
      const gen = Number(row?.gen ?? 1);
      await client.run(`INSERT INTO search_rebuilding (gen) VALUES (?) ON CONFLICT DO NOTHING`, [gen]);
      let done = 0;
      for await (const batch of batches) {
        await write(batch, gen);
        done += batch.length;
        onProgress?.(done);
      }
      // The old generation answered queries until now; it goes in one atomic step, and the counts
      // the triggers left alone are made afresh.
      await client.batch([
        { sql: `DELETE FROM search_docs WHERE gen < ?`, params: [gen] },
        { sql: `DELETE FROM search_counts`, params: [] },
        {
          sql: `INSERT INTO search_counts (victim_type, country, month, n)
                SELECT COALESCE(victim_type, ''), COALESCE(country, ''), month, COUNT(*) FROM search_docs GROUP BY 1, 2, 3`,
          params: [],
        },
        { sql: `DELETE FROM search_facet_counts`, params: [] },
        {
          sql: `INSERT INTO search_facet_counts (victim_type, country, kind, value, label, n)
                SELECT COALESCE(d.victim_type, ''), COALESCE(d.country, ''), f.kind, f.value, f.label, COUNT(*)
                FROM search_facets f JOIN search_docs d ON d.id = f.doc_id GROUP BY 1, 2, 3, 4, 5`,
          params: [],
        },
        // Every rebuild under way stops here too: the counts just made include whatever they wrote.
        { sql: `DELETE FROM search_rebuilding`, params: [] },
      ]);
      memory.drop();
      // Merges the b-trees the many small inserts left behind, for the steadiest query times.
      await client.run(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`);
    },
  };
}
