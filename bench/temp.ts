import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A scratch directory for one benchmark, removed when it is done. */
export function tempDirFor(name: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `medbreach-bench-${name}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
