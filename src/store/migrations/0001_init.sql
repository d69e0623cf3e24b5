-- Feeds, articles and incidents. Shared by the embedded store (better-sqlite3) and D1 (wrangler migrations).
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT,
  category TEXT,
  site_url TEXT,
  etag TEXT,
  last_modified TEXT,
  status TEXT NOT NULL DEFAULT 'new',
  last_error TEXT,
  consecutive_errors INTEGER NOT NULL DEFAULT 0,
  last_fetch_at TEXT,
  last_success_at TEXT,
  next_due_at TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX feeds_next_due ON feeds (next_due_at);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  url TEXT NOT NULL UNIQUE,
  guid TEXT,
  title TEXT NOT NULL,
  site TEXT NOT NULL,
  published TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  author TEXT,
  categories TEXT NOT NULL DEFAULT '[]',
  content_html TEXT NOT NULL,
  text TEXT NOT NULL,
  provenance TEXT,
  content_hash TEXT NOT NULL,
  entities TEXT
);
CREATE UNIQUE INDEX articles_feed_guid ON articles (feed_id, guid) WHERE guid IS NOT NULL;
CREATE INDEX articles_feed ON articles (feed_id);

CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX incidents_last_seen ON incidents (last_seen);

-- Blocking keys: clustering looks up candidate incidents by victim/attacker/signature keys.
CREATE TABLE incident_keys (
  key TEXT NOT NULL,
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  PRIMARY KEY (key, incident_id)
) WITHOUT ROWID;
CREATE INDEX incident_keys_incident ON incident_keys (incident_id);

CREATE TABLE incident_articles (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE
);
CREATE INDEX incident_articles_incident ON incident_articles (incident_id);
