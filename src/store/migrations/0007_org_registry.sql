-- The healthcare-organisation registry (`npm run registry -- import`): the rows of registry CSVs in the format of
-- ../shared/data/health-orgs. One import per file name: importing a file of the same name again replaces its rows.
-- Extraction reads the rows into memory at start-up (src/runtime/node-registry.ts); no query runs per article.
CREATE TABLE registry_files (
  file TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  rows INTEGER NOT NULL,
  rejected INTEGER NOT NULL
);

CREATE TABLE registry_orgs (
  file TEXT NOT NULL REFERENCES registry_files (file) ON DELETE CASCADE,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  type TEXT NOT NULL,
  category TEXT,
  category_basis TEXT,
  country TEXT,
  region TEXT,
  city TEXT,
  postcode TEXT,
  status TEXT NOT NULL,
  parent TEXT,
  source_id TEXT NOT NULL,
  source TEXT NOT NULL
);
CREATE INDEX registry_orgs_file ON registry_orgs (file);

-- The registry compiled for extraction (compileRegistry in src/extract/registry-index.ts): one JSON document rebuilt
-- after every import, so start-up parses one value instead of normalising every name of every row.
CREATE TABLE registry_index (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  built_at TEXT NOT NULL,
  data TEXT NOT NULL
);
