import * as z from "zod";
import { ATTACK_TYPES, CLAIM_STATUSES, FILTER_PARAMS, IMPACT_TYPES, VICTIM_TYPES, type SearchQuery } from "../model";
import { parseCountry } from "../model/country-words";

const PAGING_PARAMS = ["sort", "page", "limit"] as const;
const REPEATABLE = new Set(["attacker", "victim_type", "country", "attack_type", "impact", "claim"]);

export const MAX_LIMIT = 100;
const MAX_QUERY_CHARS = 200;
const MAX_VALUES = 20;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "is not a real date",
  );

const schema = z.object({
  q: z.string().max(MAX_QUERY_CHARS, `must be at most ${MAX_QUERY_CHARS} characters`).default(""),
  attacker: z.array(z.string().min(1).max(80)).max(MAX_VALUES).default([]),
  victim_type: z.array(z.enum(VICTIM_TYPES)).max(MAX_VALUES).default([]),
  // A code ("GB", "gb"), a common code ("UK") or a name ("United Kingdom", "British"): never a silent empty result.
  country: z
    .array(
      z
        .string()
        .max(60)
        .transform(
          (s, ctx) =>
            parseCountry(s) ??
            (ctx.addIssue({
              code: "custom",
              message: `must be an ISO 3166 alpha-2 code (GB) or a country's name, not "${s.slice(0, 60)}"`,
            }),
            z.NEVER),
        ),
    )
    .max(MAX_VALUES)
    .default([]),
  attack_type: z.array(z.enum(ATTACK_TYPES)).max(MAX_VALUES).default([]),
  impact: z.array(z.enum(IMPACT_TYPES)).max(MAX_VALUES).default([]),
  claim: z.array(z.enum(CLAIM_STATUSES)).max(MAX_VALUES).default([]),
  since: isoDate.nullable().default(null),
  until: isoDate.nullable().default(null),
  sort: z.enum(["relevance", "newest"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`).default(20),
});

export type ParamsResult = { ok: true; query: SearchQuery } | { ok: false; error: string };

/**
 * Validates search parameters. `resolveAttacker` turns a name, alias or slug into a canonical slug
 * (null when unknown). Parameters outside the filter set and `extra` are refused, so a typo is an error, not a silent no-op.
 */
export function parseSearchParams(
  params: URLSearchParams,
  resolveAttacker: (nameAliasOrSlug: string) => string | null,
  extra: readonly string[] = [],
): ParamsResult {
  const allowed = new Set<string>([...FILTER_PARAMS, ...PAGING_PARAMS, ...extra]);
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!allowed.has(key)) return { ok: false, error: `unknown parameter "${key.slice(0, 40)}"` };
    if (extra.includes(key)) continue;
    const values = params.getAll(key).filter((v) => v !== "");
    if (REPEATABLE.has(key))
      raw[key] = values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean);
    else if (values.length > 1) return { ok: false, error: `parameter "${key}" may be given once` };
    else if (values.length === 1) raw[key] = values[0];
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${String(issue.path[0] ?? "query")}: ${issue.message}` };
  }
  const v = parsed.data;
  const attacker: string[] = [];
  for (const name of v.attacker) {
    const slug = resolveAttacker(name);
    if (!slug) return { ok: false, error: `attacker: unknown group "${name.slice(0, 80)}"` };
    if (!attacker.includes(slug)) attacker.push(slug);
  }
  if (v.since && v.until && v.since > v.until) return { ok: false, error: "since: must not be after until" };
  const q = v.q.trim();
  return {
    ok: true,
    query: {
      q,
      attacker,
      victim_type: [...new Set(v.victim_type)],
      country: [...new Set(v.country)],
      attack_type: [...new Set(v.attack_type)],
      impact: [...new Set(v.impact)],
      claim: [...new Set(v.claim)],
      since: v.since,
      until: v.until,
      sort: v.sort ?? (q ? "relevance" : "newest"),
      page: v.page,
      limit: v.limit,
    },
  };
}
