/**
 * Characters XML 1.0 forbids (C0 controls except tab, newline and CR; U+FFFE/U+FFFF) and lone UTF-16
 * surrogates. A surrogate pair (emoji) is kept: the lookarounds only match halves without their partner.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what no XML 1.0 document (and no well-formed Unicode string) may carry; used by every format. */
export function stripForbiddenChars(text: string): string {
  return text.replace(FORBIDDEN, "");
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Text → XML character data or attribute value. Escaping `>` too means `]]>` can never end anything,
 * so the writers need no CDATA sections at all.
 */
export function escapeXml(text: string): string {
  return stripForbiddenChars(text).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/** An XML element with escaped text content and escaped attributes, on one line. */
export function xmlElement(name: string, text: string, attributes: Record<string, string> = {}): string {
  return `<${name}${xmlAttributes(attributes)}>${escapeXml(text)}</${name}>`;
}

/** An empty XML element with escaped attributes. */
export function xmlEmpty(name: string, attributes: Record<string, string>): string {
  return `<${name}${xmlAttributes(attributes)}/>`;
}

function xmlAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
}
