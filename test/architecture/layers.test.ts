// The dependency rule of ARCHITECTURE.md (arrows point inward), checked on every relative import under src/.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");
const WEB = resolve(__dirname, "../../web");

type Area = "model" | "lib" | "core" | "port" | "pipeline" | "delivery" | "runtime";

// Which area each top-level folder (or root file) of src/ belongs to.
const AREA_OF: Record<string, Area> = {
  model: "model",
  lib: "lib",
  parse: "core",
  extract: "core",
  cluster: "core",
  digest: "core",
  fetch: "port",
  store: "port",
  search: "port",
  config: "port",
  pipeline: "pipeline",
  api: "delivery",
  app: "delivery",
  "app-deps": "delivery",
  runtime: "runtime",
};

// What an area may import at run time, and what it may import for types only (level 2's interfaces).
const MAY_IMPORT: Record<Area, { value: Area[]; typeOnly: Area[] }> = {
  model: { value: ["model"], typeOnly: [] },
  lib: { value: ["lib"], typeOnly: [] },
  core: { value: ["model", "lib"], typeOnly: [] },
  port: { value: ["model", "lib"], typeOnly: [] },
  pipeline: { value: ["model", "lib", "core", "pipeline"], typeOnly: ["port"] },
  delivery: { value: ["model", "lib", "core", "pipeline", "delivery"], typeOnly: ["port"] },
  runtime: { value: ["model", "lib", "core", "port", "pipeline", "delivery", "runtime"], typeOnly: [] },
};

// Known breaches, each with why it is still there; the test fails when one is mended (so it leaves this list) and when a
// new one appears. Two folders of one area may still not import each other (core folders are peers, not layers).
const KNOWN: Record<string, string> = {};

// Whether a module in folder `from` may import one in folder `to` (both top-level folders of src/, or root files).
function allowed(from: string, to: string, typeOnly: boolean): boolean {
  if (from === to) return true;
  const fromArea = AREA_OF[from]!;
  const toArea = AREA_OF[to]!;
  const rule = MAY_IMPORT[fromArea];
  if (fromArea === toArea && fromArea !== "delivery" && fromArea !== "runtime") return false;
  return rule.value.includes(toArea) || (typeOnly && rule.typeOnly.includes(toArea));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

const folderOf = (file: string) => {
  const first = relative(SRC, file).split(sep)[0]!;
  return first.replace(/\.tsx?$/, "");
};

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  const out: Import[] = [];
  for (const m of text.matchAll(
    /^\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["'](\.{1,2}\/[^"']+)["']/gm,
  )) {
    let target = resolve(dirname(file), m[2]!);
    if (!/\.(?:tsx?|json|sql)$/.test(target)) {
      const candidates = [`${target}.ts`, `${target}.tsx`, join(target, "index.ts")];
      target =
        candidates.find((c) => {
          try {
            readFileSync(c);
            return true;
          } catch {
            return false;
          }
        }) ?? target;
    }
    out.push({ from: relative(SRC, file), to: relative(SRC, target), typeOnly: !!m[1] });
  }
  return out;
}

function breaches(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const imp of importsOf(file)) {
      if (imp.to.startsWith("..")) continue; // outside src/ (package.json, data files)
      const fromFolder = folderOf(join(SRC, imp.from));
      const toFolder = folderOf(join(SRC, imp.to));
      if (fromFolder === toFolder) continue;
      if (!AREA_OF[fromFolder] || !AREA_OF[toFolder]) {
        found.push(`${imp.from} -> ${imp.to} (folder without an area: add it to AREA_OF)`);
        continue;
      }
      if (!allowed(fromFolder, toFolder, imp.typeOnly)) found.push(`${imp.from} -> ${imp.to}`);
    }
  }
  return [...new Set(found)].sort();
}

// The UI bundles what it imports from src/: only level 0 (model, lib), which does no I/O and imports nothing internal.
function webBreaches(): string[] {
  const found = sourceFiles(WEB).flatMap((file) =>
    importsOf(file)
      .filter((imp) => !imp.to.startsWith("..") && !["model", "lib"].includes(folderOf(join(SRC, imp.to))))
      .map((imp) => `${relative(WEB, file)} -> ${imp.to}`),
  );
  return [...new Set(found)].sort();
}

describe("layer rule (ARCHITECTURE.md)", () => {
  const found = breaches();

  it("has no breach beyond the known ones", () => {
    expect(found.filter((b) => !(b in KNOWN))).toEqual([]);
  });

  it("lets the UI import only src/model and src/lib", () => {
    expect(webBreaches()).toEqual([]);
  });

  it("lists no known breach that has been mended", () => {
    expect(Object.keys(KNOWN).filter((k) => !found.includes(k))).toEqual([]);
  });

  it.each([
    ["a pure-core module importing an adapter", "cluster", "store", false, false],
    ["one pure-core folder importing another", "cluster", "extract", false, false],
    ["the pipeline reading a port's types", "pipeline", "store", true, true],
    ["the pipeline importing a port's code", "pipeline", "store", false, false],
    ["an HTTP route importing the pipeline", "api", "pipeline", false, true],
    ["an HTTP route importing an adapter", "api", "fetch", false, false],
    ["a model type importing lib", "model", "lib", false, false],
    ["the runtime importing an adapter", "runtime", "store", false, true],
  ])("judges %s", (_name, from, to, typeOnly, expected) => {
    expect(allowed(from, to, typeOnly)).toBe(expected);
  });
});
