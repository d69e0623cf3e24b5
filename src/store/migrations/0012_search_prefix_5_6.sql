-- Prefix indexes for 5 and 6 characters besides 2 to 4 (issue 17). A typed last word is read as a prefix
-- (search-as-you-type); one of five or six letters with many longer terms ("saten": 113 of them) made
-- FTS5 merge every such term's postings in each statement that ran the query (count, relevance window,
-- ranking and bm25's own count of the prefix's rows): 5 to 6 ms each at 100,000 incidents. The index
-- answers such a prefix with one posting list. FTS5 sets prefix indexes only when a table is created, so
-- the table is made anew and its rows copied; the vocabulary table and the cascade trigger that name it go
-- and come back around the copy.
DROP TABLE search_vocab;
DROP TRIGGER search_docs_cascade;

CREATE VIRTUAL TABLE search_fts_next USING fts5 (
  title, names, body, sources, tags,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4 5 6'
);
INSERT INTO search_fts_next (search_fts_next, rank) VALUES ('rank', 'bm25(10.0, 8.0, 1.0, 0.5, 0.0)');
-- In rowid order: FTS5 flushes its pending terms into a new segment whenever a rowid is lower than the last.
INSERT INTO search_fts_next (rowid, title, names, body, sources, tags)
  SELECT rowid, title, names, body, sources, tags FROM search_fts ORDER BY rowid;
DROP TABLE search_fts;
ALTER TABLE search_fts_next RENAME TO search_fts;
INSERT INTO search_fts (search_fts) VALUES ('optimize');

CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
CREATE TRIGGER search_docs_cascade BEFORE DELETE ON search_docs BEGIN
  DELETE FROM search_fts WHERE rowid = old.id;
  DELETE FROM search_facets WHERE doc_id = old.id;
  DELETE FROM search_payload WHERE id = old.id;
END;
