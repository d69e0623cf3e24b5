-- Candidate lookup reads, per blocking key, only the most recently seen incidents: a key shared by
-- thousands of incidents ("LockBit in the US") must not cost thousands of rows per new article.
ALTER TABLE incident_keys ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
UPDATE incident_keys SET last_seen = (SELECT last_seen FROM incidents WHERE incidents.id = incident_keys.incident_id);
CREATE INDEX incident_keys_recent ON incident_keys (key, last_seen DESC);
