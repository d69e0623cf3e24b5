// Proposes attacker-gazetteer entries from the MISP galaxy clusters, so new groups are read from the data rather than
// copied by hand. The MISP files are read where they lie and never copied into the project.
//   node scripts/propose-groups.mjs MISP_DIR NAME...          print proposed entries for the named groups (JSON)
//   node scripts/propose-groups.mjs MISP_DIR --apply NAME...  append them to src/extract/data/groups.json
// For each name it merges every cluster (ransomware.json, threat-actor.json, mitre-intrusion-set.json) whose value or
// synonym is that name, drops synonyms that are another cluster's own name (another actor, e.g. a family the group
// once used), skips names the gazetteer already knows, and puts plain-word names ("Blackout", "Money Message") in
// needs_cue. The curator then reads the diff: a coined name proposed as needing a cue can be moved to aliases.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const GAZETTEER = new URL("../src/extract/data/groups.json", import.meta.url);
const FILES = ["ransomware.json", "threat-actor.json", "mitre-intrusion-set.json"];

const args = process.argv.slice(2);
const dir = args.shift();
const apply = args[0] === "--apply" ? !!args.shift() : false;
if (!dir || args.length === 0) {
  console.error("usage: node scripts/propose-groups.mjs MISP_DIR [--apply] NAME...");
  process.exit(2);
}

// Case, spaces and punctuation do not matter, as in the gazetteer's own lookup.
const key = (name) =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
// MITRE values carry their ATT&CK id: "Play - G1040".
const bare = (name) => name.replace(/\s+-\s+G\d{4}$/, "").trim();
// A name made only of plain words (no digit, no inner capital, no sign) reads as ordinary English and needs a cue.
const plainWords = (name) => /^[A-Z]?[a-z]+(?: [A-Z]?[a-z]+)*$/.test(name);

const clusters = FILES.flatMap((file) =>
  JSON.parse(readFileSync(join(dir, file), "utf8")).values.map((v) => ({
    file,
    value: bare(v.value),
    names: [bare(v.value), ...(v.meta?.synonyms ?? []).map(bare)],
  })),
);
const ownName = new Map();
for (const c of clusters) if (!ownName.has(key(c.value))) ownName.set(key(c.value), c);

const gazetteer = JSON.parse(readFileSync(GAZETTEER, "utf8"));
const known = new Map();
for (const g of gazetteer.groups)
  for (const n of [g.name, ...g.aliases, ...(g.needs_cue ?? [])]) known.set(key(n), g.name);

const proposals = [];
for (const wanted of args) {
  if (known.has(key(wanted))) {
    console.error(`${wanted}: already in the gazetteer as ${known.get(key(wanted))}`);
    continue;
  }
  const matched = clusters.filter((c) => c.names.some((n) => key(n) === key(wanted)));
  if (matched.length === 0) {
    console.error(`${wanted}: not in the MISP files; add it by hand with source "added: why"`);
    continue;
  }
  const mine = new Set(matched.map((c) => key(c.value)));
  const names = new Map();
  for (const n of [wanted, ...matched.flatMap((c) => c.names)]) {
    const k = key(n);
    if (!k || names.has(k) || known.has(k)) continue;
    if (ownName.has(k) && !mine.has(k)) continue; // another actor's own name
    names.set(k, n === n.toLowerCase() && k === key(wanted) ? wanted : n);
  }
  const all = [...names.values()];
  const entry = { name: wanted, aliases: all.filter((n) => n !== wanted && !plainWords(n)) };
  const cue = all.filter(plainWords);
  if (cue.length) entry.needs_cue = cue;
  entry.source = matched
    .map((c) => `misp ${c.file}: ${c.value}`)
    .filter((s, i, a) => a.indexOf(s) === i)
    .join("; ");
  proposals.push(entry);
}

console.log(JSON.stringify(proposals, null, 1));
if (apply && proposals.length) {
  gazetteer.groups.push(...proposals);
  writeFileSync(GAZETTEER, JSON.stringify(gazetteer, null, 1) + "\n");
  console.error(`added ${proposals.length} entries to src/extract/data/groups.json`);
}
