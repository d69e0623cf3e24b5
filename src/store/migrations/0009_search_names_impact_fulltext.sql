-- Search that reads what people type (src/search/embedded.ts): a vocabulary of names to correct typos
-- against, impact on care as a facet and filter, and the text of the sources weighed below the rest.

-- The distinct words of each document's names (groups, aliases, victims), and how many documents hold
-- each: a typed word of five letters or more is also read as the names one edit from it.
CREATE TABLE search_name_terms (
  doc_id INTEGER NOT NULL,
  term TEXT NOT NULL,
  PRIMARY KEY (doc_id, term)
) WITHOUT ROWID;
CREATE TABLE search_names (
  term TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER search_name_terms_counted AFTER INSERT ON search_name_terms BEGIN
  INSERT INTO search_names (term, n) VALUES (new.term, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER search_name_terms_uncounted AFTER DELETE ON search_name_terms BEGIN
  UPDATE search_names SET n = n - 1 WHERE term = old.term;
  DELETE FROM search_names WHERE term = old.term AND n <= 0;
END;
-- A document's name words go with it, as its text and facets do (search_docs_cascade).
CREATE TRIGGER search_docs_cascade_names BEFORE DELETE ON search_docs BEGIN
  DELETE FROM search_name_terms WHERE doc_id = old.id;
END;

-- Documents indexed before: their name words as FTS5 itself split them.
CREATE VIRTUAL TABLE search_instances USING fts5vocab(search_fts, 'instance');
INSERT OR IGNORE INTO search_name_terms (doc_id, term)
  SELECT doc, term FROM search_instances WHERE col = 'names' AND doc IN (SELECT id FROM search_docs);
DROP TABLE search_instances;

-- Impact on care, for documents indexed before: a facet row per value (kind 'i', counted by the
-- triggers of 0005) and a filter token per value (U+E002, 'i', the value's UTF-8 in hex; see tagToken).
INSERT OR IGNORE INTO search_facets (doc_id, kind, value, label)
  SELECT p.id, 'i', j.value, j.value FROM search_payload p, json_each(p.doc, '$.impact') j;
-- A token already there is not added twice: bm25 counts every column's length, tags included.
UPDATE search_fts SET tags = tags || COALESCE((
    SELECT group_concat(' ' || tok, '') FROM (
      SELECT char(57346) || 'i' || lower(hex(j.value)) AS tok FROM search_payload p, json_each(p.doc, '$.impact') j WHERE p.id = search_fts.rowid
    ) WHERE instr(search_fts.tags, tok) = 0
  ), '')
  WHERE rowid IN (SELECT id FROM search_payload WHERE json_array_length(doc, '$.impact') > 0);

-- The sources column now holds what the sources said besides their titles: weighed below title,
-- names and summary, so an incident about a word ranks above one whose article mentions it.
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 8.0, 1.0, 0.5, 0.0)');
