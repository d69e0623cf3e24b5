import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite";
import { tempDir } from "../helpers/temp-dir";

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an entry point until it exits, or until it prints `until` (then stops it with SIGTERM). */
function run(entry: string, env: Record<string, string>, until?: RegExp): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until?.test(stdout)) child.kill("SIGTERM");
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const OPML = (body: string) =>
  `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${body}</body></opml>`;

/** Makes `path` read-only even for root (immutable attribute), or for other users by its mode; false when neither is possible. */
function makeReadOnly(path: string): boolean {
  try {
    if (process.getuid?.() === 0) execFileSync("chattr", ["+i", path], { stdio: "ignore" });
    else execFileSync("chmod", ["444", path]);
    return true;
  } catch {
    return false;
  }
}

describe(
  "every start-up problem is one line naming the cause and the setting, with a non-zero exit",
  { timeout: 60_000 },
  () => {
    const dir = tempDir("startup");
    let busy: Server;
    let busyPort: number;
    const readOnlyDb = join(dir.path, "ro", "medbreach.sqlite");
    let readOnly = false;

    beforeAll(async () => {
      busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
      busyPort = (busy.address() as { port: number }).port;
      writeFileSync(join(dir.path, "empty.opml"), OPML(""));
      writeFileSync(join(dir.path, "not.opml"), "<html><body>no</body></html>");
      writeFileSync(join(dir.path, "a-file"), "");
      openSqliteStore(readOnlyDb).db.close();
      readOnly = makeReadOnly(readOnlyDb);
    });
    afterAll(() => {
      busy.close();
      if (process.getuid?.() === 0) execFileSync("chattr", ["-i", readOnlyDb], { stdio: "ignore" });
      dir.remove();
    });

    const base = () => ({
      DATA_DIR: join(dir.path, "data"),
      FEEDS_OPML: join(dir.path, "empty.opml"),
      POLL_INTERVAL_MINUTES: "0",
      PORT: "0",
    });

    it("starts with an OPML catalogue whose body is empty, and says there are no feeds", async () => {
      const ended = await run("src/runtime/node.ts", base(), /serving on/);
      expect(ended.stderr).toBe("");
      expect(ended.stdout).toContain("no feeds yet");
      expect(ended.stdout).toMatch(/serving on http:\/\/127\.0\.0\.1:\d+\//);
    });

    it.each([
      {
        name: "a port already in use",
        env: () => ({ PORT: String(busyPort) }),
        line: () =>
          new RegExp(`^medbreach: cannot start: port ${busyPort} on 127\\.0\\.0\\.1 is already in use \\(PORT\\)\\n$`),
      },
      {
        name: "a DATA_DIR that cannot be created",
        env: () => ({ DATA_DIR: join(dir.path, "a-file", "data") }),
        line: () =>
          /^medbreach: cannot start: the data directory .* cannot be created or written \(ENOTDIR\) \(DATA_DIR\)\n$/,
      },
      {
        name: "a catalogue that is not OPML",
        env: () => ({ FEEDS_OPML: join(dir.path, "not.opml") }),
        line: () => /^medbreach: cannot start: the feed catalogue .* is not usable OPML: .* \(FEEDS_OPML\)\n$/,
      },
    ])("$name", async ({ env, line }) => {
      const ended = await run("src/runtime/node.ts", { ...base(), ...env() });
      expect(ended.code).toBe(1);
      expect(ended.stderr).toMatch(line());
    });

    it("detects a read-only database at start, not on the first write", async (ctx) => {
      if (!readOnly) ctx.skip();
      const ended = await run("src/runtime/node.ts", { ...base(), DATA_DIR: join(dir.path, "ro") });
      expect(ended.code).toBe(1);
      expect(ended.stderr).toMatch(
        /^medbreach: cannot start: the database .*medbreach\.sqlite is read-only \(DATA_DIR\)\n$/,
      );
    });

    it("the demo on a port in use stops at once and leaves no temporary directory behind", async () => {
      const tmp = join(dir.path, "tmp");
      mkdirSync(tmp);
      const ended = await run("src/runtime/demo.ts", { PORT: String(busyPort), TMPDIR: tmp });
      expect(ended.code).toBe(1);
      expect(ended.stderr).toMatch(
        /^medbreach demo: cannot start: port \d+ on 127\.0\.0\.1 is already in use \(PORT\)\n$/,
      );
      expect(ended.stdout).not.toContain("new articles");
      expect(readdirSync(tmp).filter((name) => name.startsWith("medbreach-demo-"))).toEqual([]);
    });
  },
);
