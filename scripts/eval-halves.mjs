// Splits a labelled eval set into two halves by incident (not-relevant articles by id), so a rule developed on one
// half can be checked on incidents it was not written for: node scripts/eval-halves.mjs GOLD.jsonl OUTDIR
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [gold, outDir] = process.argv.slice(2);
if (!gold || !outDir) {
  console.error("usage: node scripts/eval-halves.mjs GOLD.jsonl OUTDIR");
  process.exit(2);
}
const halves = { A: [], B: [] };
for (const line of readFileSync(gold, "utf8").split("\n").filter(Boolean)) {
  const rec = JSON.parse(line);
  const key = rec.labels?.incident_key ?? rec.id;
  const byte = createHash("sha256").update(key).digest()[0];
  halves[byte % 2 === 0 ? "A" : "B"].push(line);
}
mkdirSync(outDir, { recursive: true });
for (const [name, lines] of Object.entries(halves)) {
  writeFileSync(join(outDir, `${name}.jsonl`), lines.join("\n") + "\n");
  console.log(`${name}: ${lines.length} articles`);
}
