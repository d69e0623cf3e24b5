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

-- Blocking keys with (key, last_seen) as the primary key's prefix: the newest incidents of a key are a
-- range of the table itself, so each new incident writes its ~30 keys into two b-trees instead of three.
-- Keys are unique per incident because an incident's keys are always replaced as a whole.
CREATE TABLE incident_keys_by_recency (
  key TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  PRIMARY KEY (key, last_seen, incident_id)
) WITHOUT ROWID;
INSERT INTO incident_keys_by_recency (key, last_seen, incident_id) SELECT key, last_seen, incident_id FROM incident_keys;
DROP TABLE incident_keys;
ALTER TABLE incident_keys_by_recency RENAME TO incident_keys;
CREATE INDEX incident_keys_incident ON incident_keys (incident_id);
