/**
 * Feed dates in the forms seen in the wild: RFC 822/1123 (any day name, English, Portuguese or Greek
 * month names, two-digit years, `1500` without a colon, named or numeric zones) and ISO 8601/W3C-DTF
 * (one-digit fields, a space instead of `T`, `-0800` after a space). Anything else goes to `Date.parse`
 * as a last try. A date that cannot be read is null; it never throws.
 */

// Keys are lower-case month names with accents removed; first three letters are enough for all three languages.
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Portuguese
  fev: 2,
  abr: 4,
  mai: 5,
  ago: 8,
  set: 9,
  out: 10,
  dez: 12,
  // Greek
  ιαν: 1,
  φεβ: 2,
  μαρ: 3,
  απρ: 4,
  μαι: 5,
  ιουν: 6,
  ιουλ: 7,
  αυγ: 8,
  σεπ: 9,
  οκτ: 10,
  νοε: 11,
  δεκ: 12,
};

// RFC 822 zones, plus the common ones RFC 822 never listed.
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ist: 330,
  jst: 540,
  aest: 600,
  aedt: 660,
};

const MAX_DATE_CHARS = 100;
const RFC822 =
  /^(?:[^\s\d,]+,?\s+)?(\d{1,2})[\s-]+([^\s\d,.-]+)\.?[\s-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):?(\d{2})(?::(\d{1,2}))?(?:[.,]\d+)?)?\s*([A-Za-z]{1,5}|[+-]\d{1,2}:?\d{2})?\s*(?:\([^)]*\))?$/;
const ISO8601 =
  /^(\d{4})-?(\d{1,2})-?(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?\s*(Z|[A-Za-z]{2,5}|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Reads a feed date and returns it as an ISO 8601 UTC string, or null when it is not a usable date. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Most dates hold single spaces only, and the replace would build each of them again.
  const trimmed = raw.trim();
  const value = /[^\S ]| {2}/.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
  // No real date is longer; the cap also keeps the patterns below cheap on hostile input.
  if (!value || value.length > MAX_DATE_CHARS) return null;
  // A value in one of the two known shapes but with impossible fields is rejected, not handed to Date.parse,
  // which would quietly roll 30 February over into March.
  const iso = ISO8601.exec(value);
  const rfc822 = iso ? null : RFC822.exec(value);
  const ms = iso ? fromIso(iso) : rfc822 ? fromRfc822(rfc822) : parseLoose(value);
  if (ms === null || !Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year >= 1970 && year <= 9999 ? date.toISOString() : null;
}

function fromIso(m: RegExpExecArray): number | null {
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0", zone] = m;
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const millis = Number(`0.${frac}`) * 1000;
  return utc(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), Math.round(millis), offset);
}

function fromRfc822(m: RegExpExecArray): number | null {
  const [, d, monthName, y, h = "0", mi = "0", s = "0", zone] = m;
  // Four letters first: Greek June and July differ only in their fourth letter (Ιουν, Ιουλ).
  const key = stripAccents(monthName!);
  const month = MONTHS[key.slice(0, 4)] ?? MONTHS[key.slice(0, 3)];
  if (!month) return null;
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  let year = Number(y);
  // RFC 2822 section 4.3: two-digit years below 50 are 20xx, the rest 19xx.
  if (y!.length === 2) year += year < 50 ? 2000 : 1900;
  return utc(year, month, Number(d), Number(h), Number(mi), Number(s), 0, offset);
}

function parseLoose(value: string): number | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function stripAccents(text: string): string {
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
}

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  // RFC 822 military zones are too often written with the wrong sign to trust; read them as UTC.
  return /^[a-z]$/i.test(zone) ? 0 : null;
}

function utc(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number,
): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const value = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  // Date.UTC rolls 31 February over into March; a date that did not survive the round trip is invalid.
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d ? value : null;
}
