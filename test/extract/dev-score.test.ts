// Regression guard: extracts the dev set in-process, scores it with the shared scorer and compares with the floors.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/extract";
import floor from "./score-floor.json";

const evalDir = resolve(__dirname, "../../../shared/eval");
const gold = join(evalDir, "dev.jsonl");
const available = existsSync(gold) && existsSync(join(evalDir, "score.mjs"));
if (!available) console.warn(`dev-score: skipped, ${evalDir} is missing`);

interface FieldScore {
  f1: number;
}

describe.skipIf(!available)("dev-set score", () => {
  it("stays at or above the floors in test/extract/score-floor.json", { timeout: 60_000 }, () => {
    const lines = readFileSync(gold, "utf8").split("\n").filter(Boolean);
    const preds = lines.map((l) => {
      const { id, url, site, title, text } = JSON.parse(l) as {
        id: string;
        url: string;
        site: string;
        title: string;
        text: string;
      };
      const e = extractEntities({ id, url, site, title, text });
      return JSON.stringify({ id, ...e, incident_id: `inc-${id}` });
    });
    const dir = mkdtempSync(join(tmpdir(), "dev-score-"));
    try {
      const pred = join(dir, "pred.jsonl");
      writeFileSync(pred, preds.join("\n") + "\n");
      const out = JSON.parse(
        execFileSync(process.execPath, [join(evalDir, "score.mjs"), gold, pred, "--json"], { encoding: "utf8" }),
      ) as Record<string, FieldScore> & { score: number };
      const got = Object.fromEntries(Object.keys(floor.fields).map((k) => [k, Number(out[k]!.f1.toFixed(3))]));
      const below = Object.entries(floor.fields).filter(([k, min]) => got[k]! < min);
      expect(below, JSON.stringify(got)).toEqual([]);
      // The headline score averages in clustering, which this in-process run leaves at one incident per article.
      expect(out.score, `score ${out.score}`).toBeGreaterThanOrEqual(floor.score);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
