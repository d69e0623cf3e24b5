import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";

// Debian's python3-feedparser is only visible to the system interpreter, not to the pyenv `python3` on PATH.
const PYTHON = "/usr/bin/python3";

/** Whether Python feedparser can run here; when not, a visible warning says why its checks are skipped. */
export const hasFeedparser = spawnSync(PYTHON, ["-c", "import feedparser"], { stdio: "ignore" }).status === 0;
if (!hasFeedparser)
  console.warn("[digest] SKIPPED feedparser checks: `apt-get install -y python3-feedparser` to run them");

/** What feedparser makes of a feed document (see feedparser-read.py). */
export interface FeedparserView {
  bozo: number;
  bozo_exception: string;
  version: string;
  title: string;
  links: { rel: string; href: string }[];
  entries: { id: string; title: string; link: string }[];
}

/** Parses a feed document with Python feedparser in a child process. */
export function feedparser(body: string): FeedparserView {
  return JSON.parse(
    execFileSync(PYTHON, [join(import.meta.dirname, "feedparser-read.py")], { input: body, encoding: "utf8" }),
  ) as FeedparserView;
}
