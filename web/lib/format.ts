import type { Ransom } from "../../src/model";
import { ATTACK_TYPE_WORDS, IMPACT_WORDS, VICTIM_TYPE_WORDS } from "../../src/model/vocabulary";

export { formatBytes } from "../../src/lib/format-bytes";

// The vocabulary's UI names of victim types, attack types and effects on care, by slug (the three share no slug).
const TAGS = new Map<string, string>(
  [...Object.entries(VICTIM_TYPE_WORDS), ...Object.entries(ATTACK_TYPE_WORDS), ...Object.entries(IMPACT_WORDS)].map(
    ([slug, w]) => [slug, w.tag],
  ),
);

/** A human label for a slug: the vocabulary's tag ("health-it-vendor" → "Health IT vendor"), else the slug capitalised ("claimed" → "Claimed"). */
export function labelOf(slug: string): string {
  const tag = TAGS.get(slug);
  if (tag) return tag;
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const regionNames = new Intl.DisplayNames(["en-GB"], { type: "region" });

/** The English name of an ISO 3166 alpha-2 code, or the code itself when unknown. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "20 Nov 2026" for an ISO timestamp (UTC, so every reader sees the same day). */
export function formatDate(iso: string | null): string {
  if (!iso) return "never";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "28 Nov 2026, 17:34 UTC": for feed health, where the hour matters. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return "never";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}

/** "Nov 2026" for a `YYYY-MM` month key. */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** An amount of money with its currency ("US$2,500,000"), falling back to "BTC 5" for codes Intl does not know. */
export function formatMoney(amount: number, currency: string | null): string {
  if (!currency) return amount.toLocaleString("en-GB");
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${currency} ${amount.toLocaleString("en-GB")}`;
  }
}

/** The ransom in a few words: the amount when known, otherwise "undisclosed", with paid/refused when reported. */
export function formatRansom(r: Ransom): string {
  const what = r.amount !== null ? formatMoney(r.amount, r.currency) : "undisclosed";
  if (r.status === "paid") return `${what} (paid)`;
  if (r.status === "refused") return `${what} (refused)`;
  return what;
}

/** "1 source" / "3 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
