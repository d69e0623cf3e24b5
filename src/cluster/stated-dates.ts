// Dates a text states ("On March 3, 2025, we identified…", "the attack in June 2025"), as day ranges: a follow-up
// months after the last report (a notification letter, a final count) names when the attack it reports happened.

const DAY = 86_400_000;
const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;

// Month-day-year, day-month-year, month-year and ISO dates, in one pass.
const DATE = new RegExp(
  [
    String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}\b`,
    String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\s+${YEAR}\b`,
    String.raw`\b${MONTH},?\s+${YEAR}\b`,
    String.raw`\b${YEAR}-(\d\d)-(\d\d)\b`,
  ].join("|"),
  "gi",
);

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());

function dayRange(year: number, month: number, day: number | null): [number, number] | null {
  if (month < 0 || month > 11) return null;
  if (day === null) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1) - DAY];
  if (day < 1 || day > 31) return null;
  const t = Date.UTC(year, month, day);
  return [t, t];
}

/** The dates `text` states, each as [first day, last day] in epoch milliseconds (a month is its whole span), at most `limit`. */
export function statedDates(text: string, limit = 20): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.slice(1);
    let r: [number, number] | null = null;
    if (g[0]) r = dayRange(Number(g[2]), monthIndex(g[0]), Number(g[1]));
    else if (g[3]) r = dayRange(Number(g[5]), monthIndex(g[4]!), Number(g[3]));
    else if (g[6]) r = dayRange(Number(g[7]), monthIndex(g[6]), null);
    else if (g[8]) r = dayRange(Number(g[8]), Number(g[9]) - 1, Number(g[10]));
    if (r) out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}
