-- Search document ids ordered by month: id = (month index) * 2^24 + n, where month index = year * 12 + month - 1
-- of first_seen (0 for a malformed month) and n counts up within the month (see src/search/doc-ids.ts).
-- A run of months is then one rowid range, which FTS5 seeks to: the relevance window ranks and
-- counts only its own months' postings instead of OR-ing a month token per month.
-- Existing documents are renumbered in place; negating first keeps old and new ids from colliding.
CREATE TABLE search_renumber (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
INSERT INTO search_renumber (old, new)
  SELECT id, m * 16777216 + ROW_NUMBER() OVER (PARTITION BY m ORDER BY id)
  FROM (
    SELECT id,
      CASE WHEN month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
        THEN CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1 ELSE 0 END AS m
    FROM search_docs
  );

-- Rows without a document would have no new id; none should exist, but one must not fail the migration.
DELETE FROM search_payload WHERE id NOT IN (SELECT id FROM search_docs);
DELETE FROM search_facets WHERE doc_id NOT IN (SELECT id FROM search_docs);
DELETE FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_docs);

UPDATE search_docs SET id = -id;
UPDATE search_docs SET id = (SELECT new FROM search_renumber WHERE old = -search_docs.id);
UPDATE search_payload SET id = -id;
UPDATE search_payload SET id = (SELECT new FROM search_renumber WHERE old = -search_payload.id);
UPDATE search_facets SET doc_id = -doc_id;
UPDATE search_facets SET doc_id = (SELECT new FROM search_renumber WHERE old = -search_facets.doc_id);
UPDATE search_fts SET rowid = -rowid;
UPDATE search_fts SET rowid = (SELECT new FROM search_renumber WHERE old = -search_fts.rowid);
DROP TABLE search_renumber;

-- The index's terms, so a query can tell in one seek whether a typed last word is a prefix of longer
-- terms or only a word of its own (src/search/fts-query.ts, prefixProbe).
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');

-- Facet counts of the whole index by victim type and country ('' for none), kept exact by triggers, so a
-- list with no filter or only those two filters counts a few hundred rows instead of every matching
-- document (src/search/embedded.ts, countsFor). Months are per document; groups and attack types per facet row.
CREATE TABLE search_counts (
  victim_type TEXT NOT NULL,
  country TEXT NOT NULL,
  month TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (victim_type, country, month)
) WITHOUT ROWID;
CREATE TABLE search_facet_counts (
  victim_type TEXT NOT NULL,
  country TEXT NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  label TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (victim_type, country, kind, value, label)
) WITHOUT ROWID;

INSERT INTO search_counts (victim_type, country, month, n)
  SELECT COALESCE(victim_type, ''), COALESCE(country, ''), month, COUNT(*) FROM search_docs GROUP BY 1, 2, 3;
INSERT INTO search_facet_counts (victim_type, country, kind, value, label, n)
  SELECT COALESCE(d.victim_type, ''), COALESCE(d.country, ''), f.kind, f.value, f.label, COUNT(*)
  FROM search_facets f JOIN search_docs d ON d.id = f.doc_id GROUP BY 1, 2, 3, 4, 5;

-- A document's text, payload and facet rows go with it, in one statement for whoever deletes it;
-- BEFORE, so that the facet rows are uncounted (below) while their document still says where.
CREATE TRIGGER search_docs_cascade BEFORE DELETE ON search_docs BEGIN
  DELETE FROM search_fts WHERE rowid = old.id;
  DELETE FROM search_facets WHERE doc_id = old.id;
  DELETE FROM search_payload WHERE id = old.id;
END;

-- A rebuild in progress (one row per rebuild generation): the triggers below stand aside and the
-- rebuild recounts at its end, which is cheaper than counting every row it replaces; meanwhile
-- searches count the documents themselves.
CREATE TABLE search_rebuilding (gen INTEGER PRIMARY KEY);

-- Documents are only ever inserted and deleted (an update is a delete and an insert), and a document's
-- facet rows are written after it and deleted before it, so these four keep the counts exact.
CREATE TRIGGER search_docs_counted AFTER INSERT ON search_docs WHEN NOT EXISTS (SELECT 1 FROM search_rebuilding) BEGIN
  INSERT INTO search_counts (victim_type, country, month, n) VALUES (COALESCE(new.victim_type, ''), COALESCE(new.country, ''), new.month, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER search_docs_uncounted AFTER DELETE ON search_docs WHEN NOT EXISTS (SELECT 1 FROM search_rebuilding) BEGIN
  UPDATE search_counts SET n = n - 1
    WHERE victim_type = COALESCE(old.victim_type, '') AND country = COALESCE(old.country, '') AND month = old.month;
END;
CREATE TRIGGER search_facets_counted AFTER INSERT ON search_facets WHEN NOT EXISTS (SELECT 1 FROM search_rebuilding) BEGIN
  INSERT INTO search_facet_counts (victim_type, country, kind, value, label, n)
    SELECT COALESCE(victim_type, ''), COALESCE(country, ''), new.kind, new.value, new.label, 1 FROM search_docs WHERE id = new.doc_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER search_facets_uncounted AFTER DELETE ON search_facets WHEN NOT EXISTS (SELECT 1 FROM search_rebuilding) BEGIN
  UPDATE search_facet_counts SET n = n - 1
    WHERE (victim_type, country, kind, value, label) =
      (SELECT COALESCE(victim_type, ''), COALESCE(country, ''), old.kind, old.value, old.label FROM search_docs WHERE id = old.doc_id);
END;
