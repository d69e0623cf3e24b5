// `npm run registry -- import`: registry CSVs, read from disk or fetched through the Fetcher (SSRF guard, size cap,
// timeouts), validated row by row and written file by file into the registry store.
import { compileRegistry } from "../extract/registry-index";
import type { Fetcher } from "../fetch/fetcher";
import { parseRegistryCsv, RegistryFormatError, type RejectedRow } from "../parse/registry-csv";
import type { RegistryStore } from "../store/registry-store";

/** One registry file's text and where it came from. */
export interface RegistrySource {
  /** The file name: a later import of the same name replaces this one's rows. */
  file: string;
  /** The path or URL it was read from. */
  origin: string;
  text: string;
}

/** The outcome of importing one file. */
export interface RegistryImportReport {
  file: string;
  origin: string;
  /** Rows imported. */
  rows: number;
  rejected: RejectedRow[];
  /** Why nothing of the file was imported, or null. */
  error: string | null;
}

/** Validates a registry file and replaces that file's rows in the store; a file that is no registry CSV changes nothing. */
export async function importRegistrySource(
  store: RegistryStore,
  source: RegistrySource,
  now: string,
): Promise<RegistryImportReport> {
  const report = {
    file: source.file,
    origin: source.origin,
    rows: 0,
    rejected: [] as RejectedRow[],
    error: null as string | null,
  };
  let parsed: ReturnType<typeof parseRegistryCsv>;
  try {
    parsed = parseRegistryCsv(source.text);
  } catch (err) {
    if (err instanceof RegistryFormatError) return { ...report, error: err.message };
    throw err;
  }
  if (parsed.rows.length === 0)
    return {
      ...report,
      rejected: parsed.rejected,
      error: "no valid row; the rows already imported from this file are kept",
    };
  await store.replaceFile(
    {
      file: source.file,
      origin: source.origin,
      imported_at: now,
      rows: parsed.rows.length,
      rejected: parsed.rejected.length,
    },
    parsed.rows,
  );
  return { ...report, rows: parsed.rows.length, rejected: parsed.rejected };
}

/** The file name a registry URL is imported under: its last path segment ("uk_gp_practices.csv"). */
export function registryFileName(url: string): string {
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1)) || new URL(url).hostname;
}

/** Fetches a registry CSV; a failed fetch is a message, not an exception. */
export async function fetchRegistrySource(
  fetcher: Fetcher,
  url: string,
): Promise<RegistrySource | { origin: string; error: string }> {
  const outcome = await fetcher.fetch({ url, kind: "page" });
  if (outcome.kind === "ok")
    return { file: registryFileName(url), origin: url, text: new TextDecoder("utf-8").decode(outcome.body) };
  if (outcome.kind === "error") return { origin: url, error: `${outcome.code}: ${outcome.message}` };
  return { origin: url, error: outcome.kind === "gone" ? "gone (HTTP 410)" : "not modified" };
}

/** Compiles every imported row into the form extraction loads, and stores it; returns how many names it knows. */
export async function rebuildRegistryIndex(store: RegistryStore, now: string): Promise<number> {
  const compiled = compileRegistry(await store.entries());
  await store.saveIndex(JSON.stringify(compiled), now);
  return compiled.info.length;
}
