// Registry CSVs in the format of ../shared/data/health-orgs: a header naming the thirteen columns (any order), then one
// organisation per row. Each row is validated on its own: a bad row is reported with its line and reason, never dropped
// silently, and never stops the rest of the file.
import * as z from "zod";
import { VICTIM_TYPES } from "../model/entities";
import { REGISTRY_COLUMNS, type RegistryRow } from "../model/registry";
import { CsvError, readCsv } from "./csv";

/** A file that is not a registry CSV at all (no such header): nothing of it can be imported. */
export class RegistryFormatError extends Error {}

/** A row that was not imported, and why. */
export interface RejectedRow {
  line: number;
  reason: string;
}

const text = (max: number) => z.string().trim().max(max, `longer than ${max} characters`);
const optional = (max: number) => text(max).transform((v) => v || null);
const blankOr = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (values as readonly string[]).includes(v), {
      message: `not one of ${values.join(", ")}`,
    })
    .transform((v) => (v === "" ? null : (v as T[number])));

const Row = z.object({
  name: text(300).min(1, "empty"),
  aliases: text(2000).transform((v) =>
    v
      .split("|")
      .map((a) => a.trim())
      .filter(Boolean),
  ),
  type: text(500),
  category: blankOr(VICTIM_TYPES),
  category_basis: blankOr(["source", "source-file", "name-keyword", "curated"] as const),
  country: z
    .string()
    .trim()
    .regex(/^(?:[A-Z]{2})?$/, "not an ISO 3166-1 alpha-2 code")
    .transform((v) => v || null),
  region: optional(200),
  city: optional(200),
  postcode: optional(20),
  status: z
    .string()
    .trim()
    .transform((v) => v || "unknown")
    .pipe(z.enum(["active", "closed", "dormant", "proposed", "not-in-latest-listing", "unknown"])),
  parent: optional(300),
  source_id: text(500),
  source: text(100).min(1, "empty"),
});

/** Reads a registry CSV: the valid rows, and each rejected row with its line and reason. */
export function parseRegistryCsv(csv: string): { rows: RegistryRow[]; rejected: RejectedRow[] } {
  const rows: RegistryRow[] = [];
  const rejected: RejectedRow[] = [];
  const records = readCsv(csv);
  let columns: { at: number[]; width: number } | null = null;
  try {
    for (const record of records) {
      if (!columns) {
        columns = headerColumns(record.fields);
        continue;
      }
      // Fields are matched to the header by position, so a row must have as many as the header.
      if (record.fields.length !== columns.width) {
        rejected.push({
          line: record.line,
          reason: `${record.fields.length} fields where the header has ${columns.width}`,
        });
        continue;
      }
      const raw = Object.fromEntries(REGISTRY_COLUMNS.map((c, i) => [c, record.fields[columns!.at[i]!]!]));
      const parsed = Row.safeParse(raw);
      if (parsed.success) rows.push(parsed.data);
      else {
        const issue = parsed.error.issues[0]!;
        const name = raw.name?.trim() ? ` (name "${raw.name.trim().slice(0, 60)}")` : "";
        rejected.push({ line: record.line, reason: `${String(issue.path[0] ?? "row")}: ${issue.message}${name}` });
      }
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    rejected.push({
      line: err.line,
      reason: "a quoted field is never closed; the rest of the file from this line was not read",
    });
  }
  if (!columns) throw new RegistryFormatError("the file is empty");
  return { rows, rejected };
}

// Where each registry column sits in this file; every column must be there (extra columns are allowed and ignored).
function headerColumns(header: string[]): { at: number[]; width: number } {
  const names = header.map((h) => h.trim().toLowerCase());
  const at = REGISTRY_COLUMNS.map((c) => names.indexOf(c));
  const missing = REGISTRY_COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length) throw new RegistryFormatError(`not a registry CSV: the header lacks ${missing.join(", ")}`);
  return { at, width: header.length };
}
