import { formatConfigProblem, parseConfig, type Config } from "../config/config";

/** Validates the environment once; a bad value stops the process with one line per problem. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  const result = parseConfig(env);
  if (result.ok) return result.config;
  for (const problem of result.problems) console.error(`medbreach: bad configuration: ${formatConfigProblem(problem)}`);
  process.exit(2);
}
