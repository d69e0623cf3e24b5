-- A hash of what the index wrote for each document (src/search/embedded-writer.ts, documentHash): a rebuild
-- or an upsert that would write the same document again only stamps it with its generation, instead of
-- deleting and re-tokenising its text. Documents indexed before have none, so the next write replaces them.
ALTER TABLE search_docs ADD COLUMN hash INTEGER;
