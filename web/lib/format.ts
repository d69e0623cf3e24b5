import type { Ransom } from "../../src/model";

const SPECIAL_LABELS: Record<string, string> = {
  "health-it-vendor": "Health IT vendor",
  "pharma-medtech": "Pharma / medtech",
  "other-healthcare": "Other healthcare",
  ddos: "DDoS",
  bec: "Business email compromise",
};

/** A human label for a slug such as `operations-cancelled` → "Operations cancelled". */
export function labelOf(slug: string): string {
  const special = SPECIAL_LABELS[slug];
  if (special) return special;
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

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "20 Nov 2026" for an ISO timestamp (UTC, so every reader sees the same day). */
export function formatDate(iso: string | null): string {
  if (!iso) return "never";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

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

/** Bytes in decimal units as news reports give them ("400 GB"). */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB", "PB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** "1 source" / "3 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
