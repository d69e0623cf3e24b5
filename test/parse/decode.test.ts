import { describe, expect, it } from "vitest";
import { charsetFromContentType, decodeBytes, decodeWithEncoding } from "../../src/parse/decode";

const TEXT = "<?xml version='1.0'?><t>Café “quoted” – ok</t>";

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  const units = bom ? `\ufeff${text}` : text;
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return out;
}

function utf32(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? `\ufeff${text}` : text)].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((cp, i) => view.setUint32(i * 4, cp, littleEndian));
  return out;
}

const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe("decodeBytes", () => {
  it.each([
    { name: "UTF-8 with a BOM", bytes: concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(TEXT)), expected: TEXT },
    { name: "UTF-16 LE with a BOM", bytes: utf16(TEXT, true, true), expected: TEXT },
    { name: "UTF-16 BE with a BOM", bytes: utf16(TEXT, false, true), expected: TEXT },
    { name: "UTF-16 LE without a BOM", bytes: utf16(TEXT, true, false), expected: TEXT },
    { name: "UTF-16 BE without a BOM", bytes: utf16(TEXT, false, false), expected: TEXT },
    { name: "UTF-32 LE with a BOM", bytes: utf32(TEXT, true, true), expected: TEXT },
    { name: "UTF-32 BE with a BOM", bytes: utf32(TEXT, false, true), expected: TEXT },
    { name: "UTF-32 LE without a BOM", bytes: utf32(TEXT, true, false), expected: TEXT },
    { name: "UTF-32 BE without a BOM", bytes: utf32(TEXT, false, false), expected: TEXT },
    { name: "UTF-32 with a code point above the BMP", bytes: utf32("<t>🏥</t>", true, true), expected: "<t>🏥</t>" },
  ])("reads $name", ({ bytes, expected }) => {
    expect(decodeBytes(bytes)).toBe(expected);
  });

  it.each([
    {
      name: "ISO-8859-1 as windows-1252 (curly quotes in 0x80-0x9f)",
      bytes: latin('<?xml version="1.0" encoding="ISO-8859-1"?><t>Caf\xe9 \x93quoted\x94 \x96 ok</t>'),
      expected: '<?xml version="1.0" encoding="ISO-8859-1"?><t>Café “quoted” – ok</t>',
    },
    {
      name: "windows-1252 from the XML declaration",
      bytes: latin("<?xml version='1.0' encoding='windows-1252'?><t>\x93smart\x94 \x85</t>"),
      expected: "<?xml version='1.0' encoding='windows-1252'?><t>“smart” …</t>",
    },
    {
      name: "KOI8-R from the XML declaration",
      bytes: concat(
        latin('<?xml version="1.0" encoding="KOI8-R"?><t>'),
        Uint8Array.of(0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4),
        latin("</t>"),
      ),
      expected: '<?xml version="1.0" encoding="KOI8-R"?><t>Привет</t>',
    },
    {
      name: "Big5 from the XML declaration",
      bytes: concat(
        latin('<?xml version="1.0" encoding="big5"?><t>'),
        Uint8Array.of(0xa4, 0xa4, 0xa4, 0xe5),
        latin("</t>"),
      ),
      expected: '<?xml version="1.0" encoding="big5"?><t>中文</t>',
    },
    {
      name: "an HTML page's <meta charset>",
      bytes: latin('<html><head><meta charset="windows-1252"></head><body>\x93hi\x94</body></html>'),
      expected: '<html><head><meta charset="windows-1252"></head><body>“hi”</body></html>',
    },
    {
      name: "an HTML page's http-equiv Content-Type",
      bytes: latin(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>\xf0</body></html>',
      ),
      expected:
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>П</body></html>',
    },
  ])("reads $name", ({ bytes, expected }) => {
    expect(decodeBytes(bytes)).toBe(expected);
  });

  it.each(["latin1", "US-ASCII", "cp1252", "iso_8859-1", "x-cp1252"])("reads the label %s as windows-1252", (label) => {
    expect(decodeBytes(latin(`<?xml version="1.0" encoding="${label}"?><t>\x93\x80\xe9</t>`))).toContain("<t>“€é</t>");
  });

  it("uses the HTTP charset when the document declares none", () => {
    expect(decodeBytes(latin("<t>\xe9t\xe9</t>"), "text/xml; charset=ISO-8859-1")).toBe("<t>été</t>");
  });

  it("prefers the XML declaration to the HTTP charset", () => {
    const bytes = concat(latin('<?xml version="1.0" encoding="koi8-r"?><t>'), Uint8Array.of(0xf0), latin("</t>"));
    expect(decodeBytes(bytes, "text/xml; charset=windows-1252")).toBe(
      '<?xml version="1.0" encoding="koi8-r"?><t>П</t>',
    );
  });

  it("keeps valid UTF-8 as UTF-8 when the prolog claims ISO-8859-1 (a common publisher mistake)", () => {
    const bytes = utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>Süddeutsche</t>');
    expect(decodeWithEncoding(bytes)).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><t>Süddeutsche</t>',
      encoding: "utf-8",
    });
  });

  it.each([
    {
      name: "a bogus encoding name",
      bytes: latin('<?xml version="1.0" encoding="bogus"?><t>\xe9</t>'),
      expected: '<?xml version="1.0" encoding="bogus"?><t>é</t>',
    },
    {
      name: "a UTF-16 declaration over 8-bit bytes",
      bytes: latin('<?xml version="1.0" encoding="utf-16"?><t>\xe9</t>'),
      expected: '<?xml version="1.0" encoding="utf-16"?><t>é</t>',
    },
    { name: "undeclared windows-1252 bytes", bytes: latin("<t>\x93Sa\xfade\x94</t>"), expected: "<t>“Saúde”</t>" },
  ])("falls back sensibly for $name", ({ bytes, expected }) => {
    expect(decodeBytes(bytes)).toBe(expected);
  });

  it("replaces invalid bytes in an otherwise UTF-8 document without throwing", () => {
    const bytes = concat(utf8("<t>naïve "), Uint8Array.of(0xff, 0xc3), utf8(" café</t>"));
    expect(decodeBytes(bytes)).toBe("<t>naïve \ufffd\ufffd café</t>");
  });

  it.each([
    { name: "no bytes", bytes: new Uint8Array(0), expected: "" },
    { name: "a lone BOM", bytes: Uint8Array.of(0xfe, 0xff), expected: "" },
    { name: "a truncated UTF-32 unit", bytes: Uint8Array.of(0xff, 0xfe, 0, 0, 0x3c, 0, 0), expected: "\ufffd" },
    {
      name: "UTF-32 with an out-of-range code point",
      bytes: Uint8Array.of(0, 0, 0xfe, 0xff, 0, 0x11, 0, 0),
      expected: "\ufffd",
    },
  ])("never throws on $name", ({ bytes, expected }) => {
    expect(decodeBytes(bytes)).toBe(expected);
  });
});

describe("charsetFromContentType", () => {
  it.each([
    { header: "text/xml; charset=ISO-8859-1", expected: "ISO-8859-1" },
    { header: 'application/rss+xml; charset="utf-8"', expected: "utf-8" },
    { header: "application/atom+xml", expected: null },
    { header: null, expected: null },
  ])("reads $expected from $header", ({ header, expected }) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});
