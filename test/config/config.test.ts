import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_SCHEMA, formatConfigProblem, parseConfig } from "../../src/config/config";

describe("parseConfig", () => {
  it.each([
    { name: "a bad port, with its value", env: { PORT: "eighty" }, expected: { key: "PORT", value: "eighty" } },
    {
      name: "a short admin token, without its value",
      env: { ADMIN_TOKEN: "hunter2" },
      expected: { key: "ADMIN_TOKEN", value: undefined },
    },
    { name: "a bad flag, with its value", env: { TRUST_PROXY: "yes" }, expected: { key: "TRUST_PROXY", value: "yes" } },
  ])("reports $name", ({ env, expected }) => {
    const parsed = parseConfig(env);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect({ key: parsed.problems[0]!.key, value: parsed.problems[0]!.value }).toEqual(expected);
    expect(parsed.problems[0]!.reason.length).toBeGreaterThan(0);
  });

  it("never echoes a secret when a problem is written out", () => {
    const parsed = parseConfig({ ADMIN_TOKEN: "s3cret-short" });
    const line = parsed.ok ? "" : parsed.problems.map(formatConfigProblem).join("\n");
    expect(line).toBe("ADMIN_TOKEN: must be at least 16 characters");
  });

  it("writes a plain variable's value so the user sees what was read", () => {
    expect(formatConfigProblem({ key: "PORT", reason: "expected a number", value: "eighty" })).toBe(
      'PORT="eighty": expected a number',
    );
  });
});

describe("the README's configuration table", () => {
  const readme = readFileSync(resolve(__dirname, "../../README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Configuration"),
    readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1),
  );
  const rows = new Map([...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));

  it("lists exactly the variables of the schema, in its order", () => {
    expect([...rows.keys()]).toEqual(Object.keys(CONFIG_SCHEMA));
  });

  it("gives each variable the schema's default", () => {
    for (const [key, spec] of Object.entries(CONFIG_SCHEMA)) {
      expect(rows.get(key), key).toBe(spec.default === undefined ? "unset" : `\`${spec.default}\``);
    }
  });
});
