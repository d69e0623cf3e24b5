/**
 * Bytes → text for feeds and pages.
 *
 * Order (feedparser's and miniflux's practice, in that order of trust):
 * 1. a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
 * 2. the byte pattern of a leading `<` in UTF-16/32 without a BOM (XML 1.0 appendix F);
 * 3. bytes that are valid UTF-8 (and not plain ASCII) are UTF-8 whatever the prolog says: publishers
 *    often declare ISO-8859-1 over UTF-8 bytes, and legacy text is almost never valid UTF-8 by chance;
 * 4. the XML declaration's `encoding`, or for HTML a `<meta charset>` / `http-equiv` in the first 1 KiB;
 * 5. the charset of the HTTP `Content-Type`;
 * 6. UTF-8 with U+FFFD for bad bytes when the bytes look mostly like UTF-8, otherwise windows-1252,
 *    which maps every byte and is what unlabelled Western legacy feeds almost always are.
 * Unknown or bogus labels are skipped. ISO-8859-1 is decoded as windows-1252, as browsers do
 * (TextDecoder's WHATWG label table does that by itself).
 */

/** Decoded text and the encoding it was read with (for diagnostics). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Decodes feed or page bytes to a string; never throws, whatever the bytes. */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): string {
  return decodeWithEncoding(bytes, contentType).text;
}

/** Like `decodeBytes`, and also says which encoding won. */
export function decodeWithEncoding(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return decodeAs(bytes.subarray(bom.length), bom.encoding);

  const wide = sniffWideXml(bytes);
  if (wide) return decodeAs(bytes, wide);

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };

  for (const label of [declaredEncoding(bytes), charsetFromContentType(contentType)]) {
    const decoded = label ? tryDecode(bytes, label) : null;
    if (decoded) return decoded;
  }
  return looksMostlyUtf8(bytes) ? decodeAs(bytes, "utf-8") : decodeAs(bytes, "windows-1252");
}

/** Reads the `charset` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match ? match[1]! : null;
}

function sniffBom(bytes: Uint8Array): { length: number; encoding: string } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { length: 3, encoding: "utf-8" };
  // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the same two bytes.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { length: 4, encoding: "utf-32le" };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { length: 4, encoding: "utf-32be" };
  if (a === 0xff && b === 0xfe) return { length: 2, encoding: "utf-16le" };
  if (a === 0xfe && b === 0xff) return { length: 2, encoding: "utf-16be" };
  return null;
}

function sniffWideXml(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  const [a, b, c, d] = bytes;
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return "utf-32le";
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return "utf-32be";
  if (a === 0x3c && b === 0 && c !== 0 && d === 0) return "utf-16le";
  if (a === 0 && b === 0x3c && c === 0 && d !== 0) return "utf-16be";
  return null;
}

// The text when the bytes are valid UTF-8 (then equal to a lenient decode, so it is kept: decoding twice
// was a tenth of parsing a large feed), else null.
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    // Both options spelled out (defaults included): @cloudflare/workers-types declares them required.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  const xml = head.match(/<\?xml[^>]*?encoding\s*=\s*["']\s*([\w.:-]+)\s*["']/i);
  if (xml) return xml[1]!;
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i) ??
    head.match(/<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i);
  return meta ? meta[1]! : null;
}

function tryDecode(bytes: Uint8Array, label: string): DecodedText | null {
  const normalised = label.trim().toLowerCase();
  // A declaration of UTF-16/32 over bytes that had neither BOM nor wide pattern is a lie; the bytes are 8-bit.
  if (/^(utf-?16|utf-?32|ucs-?[24])/.test(normalised)) return null;
  try {
    return decodeAs(bytes, normalised);
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  if (encoding === "utf-32le" || encoding === "utf-32be") {
    return { text: decodeUtf32(bytes, encoding === "utf-32le"), encoding };
  }
  if (WINDOWS_1252_LABELS.has(encoding)) return { text: decodeLatinRepairingUtf8(bytes), encoding: "windows-1252" };
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

// The WHATWG labels that mean windows-1252 (ISO-8859-1 and ASCII included, as browsers read them).
const WINDOWS_1252_LABELS = new Set([
  "ansi_x3.4-1968",
  "ascii",
  "cp1252",
  "cp819",
  "csisolatin1",
  "ibm819",
  "iso-8859-1",
  "iso-ir-100",
  "iso8859-1",
  "iso88591",
  "iso_8859-1",
  "iso_8859-1:1987",
  "l1",
  "latin1",
  "us-ascii",
  "windows-1252",
  "x-cp1252",
]);

// Decoded by hand rather than with TextDecoder: Node 20 takes a latin1 fast path that leaves 0x80-0x9F as
// C1 controls (curly quotes vanish), and this last-resort fallback must never throw in any runtime.
const WINDOWS_1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    let text = "";
    for (const byte of bytes.subarray(start, start + 8192)) {
      text += byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_C1[byte - 0x80] : String.fromCharCode(byte);
    }
    parts.push(text);
  }
  return parts.join("");
}

// TextDecoder has no UTF-32 (the WHATWG Encoding standard leaves it out), so it is read by hand.
/**
 * windows-1252, except that well-formed UTF-8 multi-byte sequences are read as UTF-8. Feeds declared
 * ISO-8859-1 that paste in UTF-8 text (a Danish feed's "BrÃ¸ndby") are repaired as Python feedparser
 * repairs them; genuine Latin-1 text almost never holds a lead byte followed by the right continuation bytes.
 */
function decodeLatinRepairingUtf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0xc2) continue;
    const length = utf8SequenceLength(bytes, i);
    if (!length) continue;
    parts.push(decodeWindows1252(bytes.subarray(from, i)), new TextDecoder().decode(bytes.subarray(i, i + length)));
    i += length - 1;
    from = i + 1;
  }
  parts.push(decodeWindows1252(bytes.subarray(from)));
  return parts.join("");
}

/** Length of the well-formed UTF-8 multi-byte sequence starting at `i` (no overlongs, no surrogates), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length =
    lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (!length || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4) {
    const cp = view.getUint32(offset, littleEndian);
    const valid = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    chunk.push(valid ? cp : 0xfffd);
    // fromCodePoint takes its arguments on the stack, so feed it bounded chunks.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (bytes.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  const text = parts.join("");
  return text.startsWith("\ufeff") ? text.slice(1) : text;
}

// Counts well-formed multi-byte sequences against stray high bytes: a UTF-8 document with a few bad
// bytes still has many good sequences, while windows-1252 text has almost none.
function looksMostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    const extra =
      byte >= 0xf0 && byte <= 0xf4 ? 3 : byte >= 0xe0 && byte <= 0xef ? 2 : byte >= 0xc2 && byte <= 0xdf ? 1 : -1;
    let ok = extra > 0 && i + extra < bytes.length;
    for (let k = 1; ok && k <= extra; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += extra;
    } else {
      bad++;
    }
  }
  return good >= bad;
}
