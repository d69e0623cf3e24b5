-- Leak-site claim status as a search facet and filter (issue 16): `claimed` until an independent source
-- reports the incident, else `confirmed`. Documents indexed before get what toSearchDocument now writes:
-- one facet row of kind 'k' (counted by the triggers of 0005) and one filter token (U+E002, 'k', the
-- value's UTF-8 in hex; see tagToken). An incident stored without a status is confirmed (Incident.claim).
INSERT OR IGNORE INTO search_facets (doc_id, kind, value, label)
  SELECT p.id, 'k', COALESCE(json_extract(p.doc, '$.claim'), 'confirmed'), COALESCE(json_extract(p.doc, '$.claim'), 'confirmed')
  FROM search_payload p;
-- A token already there is not added twice: bm25 counts every column's length, tags included.
UPDATE search_fts SET tags = tags || ' ' || (
    SELECT char(57346) || 'k' || lower(hex(COALESCE(json_extract(p.doc, '$.claim'), 'confirmed'))) FROM search_payload p WHERE p.id = search_fts.rowid
  )
  WHERE rowid IN (SELECT id FROM search_payload)
    AND instr(tags, char(57346) || 'k') = 0;
