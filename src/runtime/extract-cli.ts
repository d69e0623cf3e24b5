// `npm run --silent extract`: JSON Lines of {id, url, site, title, text} on stdin → one JSON line of entities per input line.
import { readFileSync } from "node:fs";
import * as z from "zod";
import { clusterBatch } from "../cluster/batch";
import { CONFIG_SCHEMA } from "../config/config";
import { extractEntities } from "../extract";
import type { Entities } from "../model/entities";
import { groupSlugOf } from "../pipeline/group-slug";
import { loadRegistryFromDataDir } from "./node-registry";

const HELP = `usage: npm run --silent extract [-- --no-registry] < articles.jsonl > entities.jsonl
Reads JSON Lines {id, url, site, title, text} on stdin and writes, for every non-blank input line and in the same order,
one JSON line {id, relevant, attacker_groups, victim_orgs, victim_type, ransom, data_volume_bytes, people_affected,
country, attack_types, impact, incident_id, evidence}. A line that is not a JSON object yields {"id": null, "error": ...}.
Uses the organisation registry imported under DATA_DIR (npm run registry -- import), if any; --no-registry runs on
rules alone. Field meanings: ../shared/eval/README.md.`;

const Line = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  url: z.string().nullish(),
  site: z.string().nullish(),
  title: z.unknown().optional(),
  text: z.unknown().optional(),
});

/** An article of the batch that was read and extracted. */
interface ExtractedDoc {
  id: string;
  url: string;
  site: string;
  title: string;
  text: string;
  entities: Entities;
}

const asText = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : JSON.stringify(v));

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(HELP);
  process.exit(0);
}

// Only DATA_DIR is read: the filter must not refuse to run over a server setting it does not use.
const dataDir = CONFIG_SCHEMA.DATA_DIR.schema.safeParse(process.env.DATA_DIR || CONFIG_SCHEMA.DATA_DIR.default);
const registry =
  process.argv.includes("--no-registry") || !dataDir.success ? null : await loadRegistryFromDataDir(dataDir.data);

const input = readFileSync(0, "utf8");
const rows: ({ doc: ExtractedDoc } | { error: string; id: string | null })[] = [];
let n = 0;
for (const line of input.split("\n")) {
  if (line.trim() === "") continue;
  n++;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    rows.push({ id: null, error: `line ${n}: not JSON` });
    continue;
  }
  const parsed = Line.safeParse(json);
  if (!parsed.success) {
    rows.push({ id: null, error: `line ${n}: expected an object {id, url, site, title, text}` });
    continue;
  }
  const p = parsed.data;
  const id = p.id == null ? `line-${n}` : String(p.id);
  try {
    const article = { id, url: p.url ?? "", site: p.site ?? "", title: asText(p.title), text: asText(p.text) };
    rows.push({ doc: { ...article, entities: extractEntities(article, registry) } });
  } catch (err) {
    // The extractor is total by design; this keeps the one-line-per-input promise if a bug slips through.
    rows.push({ id, error: `line ${n}: ${err instanceof Error ? err.message : String(err)}` });
  }
}

const docs = rows.flatMap((r) => ("doc" in r ? [r.doc] : []));
const incidentIds = clusterBatch(docs, groupSlugOf);
const idOf = new Map(docs.map((d, i) => [d, incidentIds[i]!]));

const out = rows.map((r) => {
  if (!("doc" in r)) return JSON.stringify(r);
  const { id, entities: e } = r.doc;
  return JSON.stringify({
    id,
    relevant: e.relevant,
    attacker_groups: e.attacker_groups,
    victim_orgs: e.victim_orgs,
    victim_type: e.victim_type,
    ransom: e.ransom,
    data_volume_bytes: e.data_volume_bytes,
    people_affected: e.people_affected,
    country: e.country,
    attack_types: e.attack_types,
    impact: e.impact,
    incident_id: idOf.get(r.doc)!,
    evidence: e.evidence,
  });
});
// One write, no process.exit(): Node flushes a piped stdout before a natural exit.
if (out.length) process.stdout.write(out.join("\n") + "\n");
