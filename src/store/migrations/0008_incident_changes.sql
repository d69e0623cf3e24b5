-- Material changes of incidents (issue 16): what the digests announce as updates. One row per change, keyed by its
-- stable id (incident + the source that brought it), so a re-clustering writes the same rows again.
CREATE TABLE incident_changes (
  id TEXT PRIMARY KEY,
  incident_id TEXT NOT NULL,
  at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX incident_changes_incident ON incident_changes (incident_id, at);

-- Incidents stored before had no "updated" date (last material change): their last source's date stands in, which is
-- what newest-first ordered them by until now. The search index's copies get the same, so the API agrees with the store.
UPDATE incidents SET doc = json_set(doc, '$.updated', last_seen) WHERE json_extract(doc, '$.updated') IS NULL;
UPDATE search_payload SET doc = json_set(doc, '$.updated', json_extract(doc, '$.last_seen'))
  WHERE json_extract(doc, '$.updated') IS NULL AND json_extract(doc, '$.last_seen') IS NOT NULL;
