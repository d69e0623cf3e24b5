-- The embedded search index (src/search/embedded.ts): a projection of incidents, rebuilt by `npm run reindex`.
-- One short, denormalised document per incident, not whole articles, so ranking a common word stays cheap.

-- Single-valued facets and sort keys. Rows stay narrow (the JSON lives in search_payload) so that
-- joining tens of thousands of matches for facet counts touches few pages.
CREATE TABLE search_docs (
  id INTEGER PRIMARY KEY,
  incident_id TEXT NOT NULL UNIQUE,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  -- YYYY-MM of first_seen: the month an incident belongs to in facets and charts.
  month TEXT NOT NULL,
  victim_type TEXT,
  country TEXT,
  -- Rebuild generation: a rebuild stamps the documents it writes and then drops older ones,
  -- so the previous index keeps answering until the new one is complete.
  gen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX search_docs_last_seen ON search_docs (last_seen);
CREATE INDEX search_docs_month ON search_docs (month, victim_type);
CREATE INDEX search_docs_gen ON search_docs (gen);

-- The incident JSON returned as a hit, read only for the rows of one page. id = search_docs.id.
CREATE TABLE search_payload (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL
);

-- Multi-valued facets (kind 'g' = attacker group slug, 'a' = attack type), so their counts are GROUP BYs.
CREATE TABLE search_facets (
  doc_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (doc_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX search_facets_value ON search_facets (kind, value, doc_id);

-- Prefix index for 2-4 characters: search-as-you-type reads one posting list instead of merging every term that starts so.
-- rowid = search_docs.id. `tags` holds the filter values as opaque tokens (see src/search/fts-query.ts),
-- so text and filters intersect inside FTS5; tags start with a private-use character that user text never carries.
CREATE VIRTUAL TABLE search_fts USING fts5 (
  title, names, body, sources, tags,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
-- Weights per column for FTS5's own `rank`: title and attacker/victim names above body; tags never score.
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 8.0, 1.0, 2.0, 0.0)');

