// A tracker table's row, as leak-site monitors print them: "2026-06-02 | incransom | Marrick Pathology | GB | Healthcare".
// A cell that is a date marks the line as such a row (no menu or breadcrumb holds one), and a cell that is a bare
// two-letter code in such a row is the victim's country, as a tracker's "(US)" after a name is, and as a code after a
// post's "Country:" label is.

/** A cell that is a date: the line is a tracker table's row. */
export const DATE_CELL = /(?:^|\|\s)(?:19|20)\d\d-\d\d-\d\d(?:\s\||$)/;

const CODE_CELL = /(?:^|\|)\s*([A-Z]{2})\s*(?=\||$)/g;

interface CodeCell {
  code: string;
  at: number;
}
const NO_CELLS: readonly CodeCell[] = [];

// A tracker post's labelled field needs no date: "Country: GB".
const COUNTRY_FIELD = /\b[Cc]ountry ?: ?([A-Z]{2})(?![\p{L}\p{N}])/gu;

/**
 * The two-letter codes that stand as whole cells of `text` when it is a tracker row, or after a "Country:" label, with
 * their offsets.
 */
export function rowCodeCells(text: string): readonly CodeCell[] {
  const field = text.includes("ountry");
  const row = text.includes("|") && DATE_CELL.test(text);
  // Most sentences are neither: they share one empty answer.
  if (!field && !row) return NO_CELLS;
  const out: CodeCell[] = [];
  if (field) {
    COUNTRY_FIELD.lastIndex = 0;
    for (let m = COUNTRY_FIELD.exec(text); m; m = COUNTRY_FIELD.exec(text))
      out.push({ code: m[1]!, at: m.index + m[0].length - 2 });
  }
  if (!row) return out;
  CODE_CELL.lastIndex = 0;
  for (let m = CODE_CELL.exec(text); m; m = CODE_CELL.exec(text))
    out.push({ code: m[1]!, at: m.index + m[0].indexOf(m[1]!) });
  return out;
}

/** A sector that is a healthcare one, as trackers write it ("Healthcare", "Hospitals & Physicians Clinics", "Pharma"). */
export const HEALTH_SECTOR =
  /\b(?:health\w*|hospitals?|medical|medicine|pharma\w*|dental|clinics?|care|biotech\w*|life sciences)\b/i;

// A field list's sector cell: "Victim: Harlow Family Planning | Country: US | Sector: Healthcare". Animals' care is no
// healthcare victim's sector ("Sector: Animal healthcare", "Veterinary care").
const SECTOR_FIELD = /\b(?:sector|activity|industry):\s*([^|.;\n]{1,40})/i;
const ANIMAL_SECTOR = /\b(?:animals?|veterinary|vet|pets?)\b/i;

/** The healthcare sector a tracker row's field list gives its victim, if the row gives one. */
export function healthSectorField(text: string): string | undefined {
  const cell = text.includes(":") ? SECTOR_FIELD.exec(text)?.[1] : undefined;
  return cell && HEALTH_SECTOR.test(cell) && !ANIMAL_SECTOR.test(cell) ? cell : undefined;
}
