-- Clustering throughput (issue 3). Candidate lookup reads a compact match profile instead of parsing
-- whole incident documents; NULL for incidents saved before, which are read from `doc` until re-saved.
ALTER TABLE incidents ADD COLUMN profile TEXT;

-- Articles written but not yet clustered. A feed's articles join it in the transaction that writes them
-- and leave it once their incidents and the search index are written, so a poll that stops in between
-- (crash, Worker time limit) has the next poll finish the work instead of losing those articles.
CREATE TABLE article_queue (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
-- Articles a stopped poll left without entities before this queue existed.
INSERT INTO article_queue (article_id) SELECT id FROM articles WHERE entities IS NULL;

-- Blocking keys, compact: each new incident writes ~30 of them at random places in the index, so the
-- index's size decides how many pages every write touches. A key is its 53-bit hash (a collision only
-- adds a candidate that matching then rejects), last_seen is epoch milliseconds and the incident is its
-- rowid: ~20 bytes an entry instead of ~70. (key, last_seen) leads the primary key, so the newest
-- incidents of a key are a range of the table itself.
DROP TABLE incident_keys;
CREATE TABLE incident_keys (
  key INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  incident INTEGER NOT NULL,
  PRIMARY KEY (key, last_seen, incident)
) WITHOUT ROWID;
CREATE INDEX incident_keys_incident ON incident_keys (incident);
-- SQL cannot hash the old text keys, so one member of each incident goes through clustering again,
-- which rebuilds the incident and files its keys (`npm run reindex` does them all at once).
INSERT OR IGNORE INTO article_queue (article_id) SELECT MIN(article_id) FROM incident_articles GROUP BY incident_id;
