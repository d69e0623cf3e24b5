// A tracker table's row, as leak-site monitors print them: "2026-06-02 | incransom | Marrick Pathology | GB | Healthcare".
// A cell that is a date marks the line as such a row (no menu or breadcrumb holds one), and a cell that is a bare
// two-letter code in such a row is the victim's country, as a tracker's "(US)" after a name is.

/** A cell that is a date: the line is a tracker table's row. */
export const DATE_CELL = /(?:^|\|\s)(?:19|20)\d\d-\d\d-\d\d(?:\s\||$)/;

const CODE_CELL = /(?:^|\|)\s*([A-Z]{2})\s*(?=\||$)/g;

/** The two-letter codes that stand as whole cells of `text` when it is a tracker row, with their offsets. */
export function rowCodeCells(text: string): { code: string; at: number }[] {
  if (!text.includes("|") || !DATE_CELL.test(text)) return [];
  const out: { code: string; at: number }[] = [];
  CODE_CELL.lastIndex = 0;
  for (let m = CODE_CELL.exec(text); m; m = CODE_CELL.exec(text))
    out.push({ code: m[1]!, at: m.index + m[0].indexOf(m[1]!) });
  return out;
}
