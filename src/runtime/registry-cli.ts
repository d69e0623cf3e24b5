// `npm run registry -- import DIR|FILE|URL… | status`: the healthcare-organisation registry extraction reads.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { createNodeFetcher } from "../fetch/node-fetcher";
import { createProgress } from "../lib/progress";
import {
  fetchRegistrySource,
  importRegistrySource,
  rebuildRegistryIndex,
  type RegistryImportReport,
  type RegistrySource,
} from "../pipeline/registry-import";
import { createRegistryStore, type RegistryStore } from "../store/registry-store";
import { openSqliteDatabase, sqliteClient } from "../store/sqlite";
import { loadConfigOrExit } from "./load-config";
import { storePath } from "./node-registry";

const HELP = `usage: npm run registry -- import DIR|FILE|URL... | status
  import DIR|FILE|URL...  load healthcare-organisation registry CSVs into the store under DATA_DIR. The format is that
                          of ../shared/data/health-orgs (columns name, aliases, type, category, category_basis, country,
                          region, city, postcode, status, parent, source_id, source). A DIR imports every *.csv in it;
                          a URL (http or https) is fetched, loopback and private addresses only with ALLOW_PRIVATE_FEEDS=1.
                          A file imported again under the same name replaces its rows. Rows that fail validation are
                          listed with their line and reason; each file ends with a summary line.
  status                  what is imported: each file with its counts, and the rows per source
Extraction (npm start, poll, reindex and npm run --silent extract) uses the registry of DATA_DIR whenever one is
imported, and rules alone otherwise. A running server reads it at start-up.`;

/** Rejected rows listed per file; the rest are counted. */
const SHOWN_REJECTS = 20;
/** Registry files are larger than feeds: the biggest official extracts run to tens of megabytes. */
const MAX_BYTES = 128 * 1024 * 1024;

const [command = "", ...args] = process.argv.slice(2);
if (command === "--help" || command === "-h" || args.includes("--help") || args.includes("-h")) {
  console.log(HELP);
  process.exit(0);
}
if (command !== "import" && command !== "status") {
  console.error(`medbreach registry: unknown command "${command}"\n${HELP}`);
  process.exit(2);
}
if (command === "import" && args.length === 0) {
  console.error(`medbreach registry: import needs at least one DIR, FILE or URL\n${HELP}`);
  process.exit(2);
}

const config = loadConfigOrExit();
const db = openSqliteDatabase(storePath(config.DATA_DIR));
const store = createRegistryStore(sqliteClient(db));
try {
  process.exitCode = command === "import" ? await importAll(store, args) : await status(store);
} catch (err) {
  console.error(`medbreach registry: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  db.close();
}

type Target = { url: string } | { path: string } | { origin: string; error: string };

// A DIR stands for its *.csv files, in name order.
function targets(args: string[]): Target[] {
  return args.flatMap((arg): Target[] => {
    if (/^https?:\/\//i.test(arg)) return [{ url: arg }];
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg))
      return [{ origin: arg, error: "only http and https URLs can be imported" }];
    try {
      if (!statSync(arg).isDirectory()) return [{ path: arg }];
      const files = readdirSync(arg)
        .filter((f) => f.toLowerCase().endsWith(".csv"))
        .sort();
      return files.length
        ? files.map((f) => ({ path: join(arg, f) }))
        : [{ origin: arg, error: "the directory holds no .csv file" }];
    } catch (err) {
      return [
        {
          origin: arg,
          error:
            (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (err as Error).message,
        },
      ];
    }
  });
}

async function importAll(store: RegistryStore, args: string[]): Promise<number> {
  const list = targets(args);
  const fetcher = createNodeFetcher({
    allowPrivate: config.ALLOW_PRIVATE_FEEDS,
    maxBytes: MAX_BYTES,
    totalTimeoutMs: 300_000,
  });
  const progress = createProgress("importing", list.length);
  let failed = 0;
  let rows = 0;
  let rejected = 0;
  for (const [i, target] of list.entries()) {
    progress.update(i, "origin" in target ? target.origin : "url" in target ? target.url : target.path);
    const report = await importTarget(store, fetcher, target);
    if (report.error) failed++;
    rows += report.rows;
    rejected += report.rejected.length;
    // Clears the progress line so the summary is not written over it.
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
    printReport(report);
  }
  progress.done();
  const names = failed < list.length ? await rebuildRegistryIndex(store, new Date().toISOString()) : null;
  const total = await store.countRows();
  console.log(
    `registry: ${list.length - failed} of ${list.length} files imported, ${rows} rows, ${rejected} rows rejected; ${total} rows in the registry under ${config.DATA_DIR}` +
      (names === null ? "" : `, ${names} distinct names for extraction`),
  );
  return failed ? 1 : 0;
}

async function importTarget(
  store: RegistryStore,
  fetcher: ReturnType<typeof createNodeFetcher>,
  target: Target,
): Promise<RegistryImportReport> {
  const failure = (file: string, origin: string, error: string): RegistryImportReport => ({
    file,
    origin,
    rows: 0,
    rejected: [],
    error,
  });
  if ("error" in target) return failure(basename(target.origin), target.origin, target.error);
  let source: RegistrySource;
  if ("url" in target) {
    const fetched = await fetchRegistrySource(fetcher, target.url);
    if ("error" in fetched) return failure(target.url, target.url, fetched.error);
    source = fetched;
  } else {
    try {
      source = { file: basename(target.path), origin: target.path, text: readFileSync(target.path, "utf8") };
    } catch (err) {
      return failure(basename(target.path), target.path, (err as Error).message);
    }
  }
  return importRegistrySource(store, source, new Date().toISOString());
}

function printReport(r: RegistryImportReport): void {
  for (const bad of r.rejected.slice(0, SHOWN_REJECTS)) console.log(`  ${r.file} line ${bad.line}: ${bad.reason}`);
  if (r.rejected.length > SHOWN_REJECTS)
    console.log(`  ${r.file}: ... and ${r.rejected.length - SHOWN_REJECTS} more rejected rows`);
  if (r.error) console.log(`${r.file}: not imported: ${r.error}${r.origin !== r.file ? ` (${r.origin})` : ""}`);
  else console.log(`${r.file}: ${r.rows} rows imported, ${r.rejected.length} rejected`);
}

async function status(store: RegistryStore): Promise<number> {
  const { files, sources } = await store.status();
  if (!files.length) {
    console.log(
      `no registry imported under ${config.DATA_DIR}: extraction runs on rules alone (npm run registry -- import DIR|URL)`,
    );
    return 0;
  }
  console.log("file\trows\trejected\timported_at\torigin");
  for (const f of files) console.log(`${f.file}\t${f.rows}\t${f.rejected}\t${f.imported_at}\t${f.origin}`);
  console.log("\nsource\trows");
  for (const s of sources) console.log(`${s.source}\t${s.rows}`);
  console.log(`\n${files.length} files, ${sources.reduce((n, s) => n + s.rows, 0)} rows`);
  return 0;
}
