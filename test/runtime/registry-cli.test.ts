// `npm run registry` end to end: import from a directory and from a URL on a 127.0.0.1 fixture server, bad rows reported
// with their lines, status, and `extract` using the imported registry (and rules alone without one).
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMisbehavingServer, type MisbehavingServer } from "../helpers/misbehaving-server";
import { tempDir } from "../helpers/temp-dir";

const root = resolve(__dirname, "../..");
const tsx = resolve(root, "node_modules/.bin/tsx");
const fixtures = join(root, "test/fixtures/registry");
const exec = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// Asynchronous: the fixture server lives in this process and must answer while the command runs.
async function run(script: string, args: string[], env: Record<string, string>, input?: string): Promise<Run> {
  const child = exec(tsx, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const article = (id: string, title: string, text: string) =>
  JSON.stringify({ id, url: `https://news.example/${id}`, site: "news.example", title, text });
const ARTICLES = [
  article(
    "known",
    "Ransomware attack on Elm Valley Hospital",
    "Elm Valley Hospital said hackers encrypted its servers. Brackwell Permanente said the same attack stole its patient data. Brackwell Permanente has told its patients.",
  ),
  article(
    "town",
    "Harrowgate Valley Medical Center hit by ransomware",
    "The attack on the Dunmore Falls medical center encrypted its servers.",
  ),
].join("\n");

describe("npm run registry", () => {
  let data: ReturnType<typeof tempDir>;
  let server: MisbehavingServer;
  const env = () => ({ DATA_DIR: data.path });

  beforeAll(async () => {
    data = tempDir("registry");
    server = await startMisbehavingServer({
      "/exports/remote_orgs.csv": {
        body: readFileSync(join(fixtures, "remote_orgs.csv")),
        headers: { "Content-Type": "text/csv" },
      },
    });
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("prints usage for --help", { timeout: 60_000 }, async () => {
    const r = await run("src/runtime/registry-cli.ts", ["--help"], env());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: npm run registry -- import DIR\|FILE\|URL\.\.\. \| status/);
  });

  it(
    "imports a directory, listing each bad row with its line and a summary line per file",
    { timeout: 60_000 },
    async () => {
      const r = await run("src/runtime/registry-cli.ts", ["import", join(fixtures, "dir")], env());
      // One file is not a registry CSV at all: reported, the others imported, and the exit code says something failed.
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split("\n");
      expect(lines).toContain("orgs_good.csv: 4 rows imported, 0 rejected");
      expect(lines).toContain("orgs_mixed.csv: 1 rows imported, 5 rejected");
      expect(lines).toContain(
        "not_a_registry.csv: not imported: not a registry CSV: the header lacks name, aliases, type, category, category_basis, country, region, city, postcode, status, parent, source_id, source (" +
          join(fixtures, "dir", "not_a_registry.csv") +
          ")",
      );
      expect(lines.filter((l) => l.startsWith("  orgs_mixed.csv line "))).toEqual([
        '  orgs_mixed.csv line 3: country: not an ISO 3166-1 alpha-2 code (name "Telvoric Labs")',
        '  orgs_mixed.csv line 4: category: not one of hospital, cosmetic-surgery, clinic, primary-care, dental, pharmacy, laboratory, imaging, mental-health, care-home, ambulance, insurer, health-it-vendor, pharma-medtech, public-health, research, other-healthcare (name "Nimbrel Health")',
        "  orgs_mixed.csv line 5: name: empty",
        "  orgs_mixed.csv line 6: 4 fields where the header has 14",
        expect.stringMatching(/^ {2}orgs_mixed\.csv line 7: status: .* \(name "Cardane Records"\)$/),
      ]);
      expect(lines.at(-1)).toMatch(
        /^registry: 2 of 3 files imported, 5 rows, 5 rows rejected; 5 rows in the registry under .*, \d+ distinct names for extraction$/,
      );
    },
  );

  it(
    "imports a URL through the fetcher, and a file imported again replaces its rows",
    { timeout: 60_000 },
    async () => {
      const url = server.url("/exports/remote_orgs.csv");
      const r = await run("src/runtime/registry-cli.ts", ["import", url, join(fixtures, "dir", "orgs_good.csv")], {
        ...env(),
        ALLOW_PRIVATE_FEEDS: "1",
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("remote_orgs.csv: 2 rows imported, 0 rejected");
      expect(r.stdout).toContain("orgs_good.csv: 4 rows imported, 0 rejected");
      expect(r.stdout).toMatch(/; 7 rows in the registry under /);
      expect(server.requestsTo("/exports/remote_orgs.csv").length).toBeGreaterThan(0);
    },
  );

  it(
    "refuses a loopback URL unless ALLOW_PRIVATE_FEEDS=1, and reports a missing page",
    { timeout: 60_000 },
    async () => {
      const before = server.requestsTo("/exports/remote_orgs.csv").length;
      const r = await run("src/runtime/registry-cli.ts", ["import", server.url("/exports/remote_orgs.csv")], env());
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/remote_orgs\.csv: not imported: blocked-address: address 127\.0\.0\.1 is not public/);
      expect(server.requestsTo("/exports/remote_orgs.csv").length).toBe(before);
      const missing = await run("src/runtime/registry-cli.ts", ["import", server.url("/status/404")], {
        ...env(),
        ALLOW_PRIVATE_FEEDS: "1",
      });
      expect(missing.code).toBe(1);
      expect(missing.stdout).toMatch(/\/status\/404: not imported: .*404/);
      expect(missing.stdout).toMatch(/; 7 rows in the registry under /);
    },
  );

  it("tells what is imported, per file and per source", { timeout: 60_000 }, async () => {
    const r = await run("src/runtime/registry-cli.ts", ["status"], env());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^orgs_good\.csv\t4\t0\t/m);
    expect(r.stdout).toMatch(/^orgs_mixed\.csv\t1\t5\t/m);
    expect(r.stdout).toMatch(/^remote_orgs\.csv\t2\t0\t.*\/exports\/remote_orgs\.csv$/m);
    expect(r.stdout).toMatch(/^fixture-cms\t2$/m);
    expect(r.stdout).toMatch(/^fixture-ods\t2$/m);
    expect(r.stdout).toMatch(/^fixture-remote\t2$/m);
    expect(r.stdout).toMatch(/^fixture-vendors\t1$/m);
    expect(r.stdout).toMatch(/3 files, 7 rows/);
  });

  it("lets extract use the imported registry, and --no-registry run on rules alone", { timeout: 60_000 }, async () => {
    const read = (out: string) =>
      out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { id: string; victim_orgs: string[]; country: string | null });
    const withRegistry = read((await run("src/runtime/extract-cli.ts", [], env(), ARTICLES)).stdout);
    const rulesAlone = read((await run("src/runtime/extract-cli.ts", ["--no-registry"], env(), ARTICLES)).stdout);
    expect(rulesAlone[0]!.victim_orgs).not.toContain("Brackwell Permanente");
    expect(withRegistry[0]!.victim_orgs).toContain("Brackwell Permanente");
    expect(rulesAlone[1]!.country).toBeNull();
    expect(withRegistry[1]!.country).toBe("US");
  });

  it(
    "extracts on rules alone when DATA_DIR holds no store, and leaves no store behind",
    { timeout: 60_000 },
    async () => {
      const empty = join(data.path, "nothing-here");
      const out = (await run("src/runtime/extract-cli.ts", [], { DATA_DIR: empty }, ARTICLES)).stdout
        .trim()
        .split("\n");
      expect(out.map((l) => (JSON.parse(l) as { victim_orgs: string[] }).victim_orgs[0])).not.toContain(
        "Brackwell Permanente",
      );
      expect(existsSync(empty)).toBe(false);
    },
  );
});
