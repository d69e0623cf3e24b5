// The extract command end to end: one output line per input line, in order, whatever the input.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const tsx = resolve(root, "node_modules/.bin/tsx");
const run = (input: string, args: string[] = []) =>
  execFileSync(tsx, ["src/runtime/extract-cli.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });

describe("npm run extract", () => {
  it("answers every input line in order, odd input included", { timeout: 60_000 }, () => {
    const lines = [
      JSON.stringify({
        id: "a",
        url: "u",
        site: "s",
        title: "Ransomware attack on Lakeside Hospital",
        text: "Lakeside Hospital diverted ambulances.",
      }),
      "{not json",
      JSON.stringify({ id: "b", url: "u", site: "s", title: "", text: "" }),
      JSON.stringify({ id: "c", url: "u", site: "s", title: "Big", text: "hospital hacked ".repeat(70_000) }),
      JSON.stringify({
        id: "d",
        url: "u",
        site: "s",
        title: "Cyberattaque contre l'hôpital de Brest",
        text: "L'hôpital a été victime d'un rançongiciel.",
      }),
      JSON.stringify({
        id: "e",
        url: "u",
        site: "s",
        title: "<b>Hackers</b> hit Elm Clinic",
        text: "<p>Elm Clinic &amp; partners were <i>breached</i>.</p>",
      }),
      JSON.stringify([1, 2]),
    ];
    const out = run(lines.join("\n") + "\n")
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string | null;
            relevant?: boolean;
            error?: string;
            incident_id?: string;
            victim_orgs?: string[];
          },
      );
    expect(out.map((o) => o.id)).toEqual(["a", null, "b", "c", "d", "e", null]);
    expect(out[0]).toMatchObject({ relevant: true, incident_id: expect.stringMatching(/^inc_[0-9a-f]{12}$/) });
    expect(out[1]!.error).toMatch(/not JSON/);
    expect(out[5]!.victim_orgs).toEqual(["Elm Clinic"]);
    expect(out[6]!.error).toMatch(/expected an object/);
  });

  it("prints usage for --help", { timeout: 30_000 }, () => {
    expect(run("", ["--help"])).toMatch(/usage: npm run --silent extract/);
  });
});
