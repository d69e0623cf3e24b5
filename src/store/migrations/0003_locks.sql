-- Named leases: two polls never run at once, whether in one process, two processes or two Worker invocations.
CREATE TABLE locks (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
