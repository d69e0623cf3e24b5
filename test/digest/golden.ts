import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

const FIXTURES = join(import.meta.dirname, "../fixtures/digest");

/** Compares `actual` with a committed golden file; `UPDATE_GOLDEN=1` rewrites it instead (review the diff). */
export function expectGolden(name: string, actual: string): void {
  const path = join(FIXTURES, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== "1")
      throw new Error(`missing golden file ${name}: run with UPDATE_GOLDEN=1 and review it`);
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
