import * as z from "zod";
import { parseConfig, type Config } from "../config/config";

/** The shared configuration plus the one setting only the Worker has. */
export interface WorkerSettings {
  config: Config;
  /** Feeds polled per invocation (cron or `POST /api/poll`); the next invocation continues with the rest. */
  pollBatchSize: number;
}

const POLL_BATCH_SIZE = z.coerce.number().int().min(1).max(500);
const DEFAULT_POLL_BATCH_SIZE = "25";

/**
 * Validates the Worker's variables with the shared schema. Problems come back without the offending
 * values: they are shown to HTTP clients and logged, and ADMIN_TOKEN or MEILI_API_KEY may be among them.
 */
export function readWorkerSettings(
  env: Record<string, unknown>,
): { ok: true; settings: WorkerSettings } | { ok: false; problems: string[] } {
  // `[vars]` written unquoted in wrangler.toml arrive as numbers or booleans; bindings are objects and are skipped.
  const vars: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env))
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") vars[key] = String(value);

  const parsed = parseConfig(vars);
  // Shown to HTTP clients and logged: the reason and the variable, never the value.
  const problems = parsed.ok ? [] : parsed.problems.map((p) => `${p.key}: ${p.reason}`);
  const rawBatch = vars.POLL_BATCH_SIZE || DEFAULT_POLL_BATCH_SIZE;
  const batch = POLL_BATCH_SIZE.safeParse(rawBatch);
  if (!batch.success) problems.push(`POLL_BATCH_SIZE: ${batch.error.issues[0]?.message ?? "invalid"}`);
  if (!parsed.ok || !batch.success) return { ok: false, problems };
  return { ok: true, settings: { config: parsed.config, pollBatchSize: batch.data } };
}
