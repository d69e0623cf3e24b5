/**
 * Characters XML 1.0 forbids (C0 controls except tab, newline and CR; U+FFFE/U+FFFF) and lone UTF-16
 * surrogates, which no UTF-8 writer can encode. A surrogate pair (emoji) is kept: the lookarounds only
 * match halves without their partner.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what no XML 1.0 document may carry; a hostile feed can put any of it into a title we write back out. */
export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, "");
}
