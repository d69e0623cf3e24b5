import { describe, expect, it } from "vitest";
import {
  bandKeys,
  decodeSignature,
  encodeSignature,
  signatureSimilarity,
  textSignature,
} from "../../src/cluster/signature";
import { stripBoilerplate } from "../../src/cluster/text";
import { kestrelValley, thornbury } from "../fixtures/cluster/stories";

const sig = (text: string) => {
  const s = textSignature(text);
  if (!s) throw new Error("text too short for a signature");
  return s;
};

// A lightly edited copy: one sentence reworded, one dropped, one added.
const edited = thornbury.original.text
  .replace(
    "The clinic said it discovered the intrusion on 27 February",
    "Thornbury said the intrusion was found on 27 February",
  )
  .replace(/Security researchers say[^\n]*\n/, "")
  .concat("\nThe clinic has set up a helpline for worried patients.");

describe("near-duplicate signatures", () => {
  it.each([
    {
      name: "a word-for-word reprint with a syndication note and another byline",
      a: thornbury.original.text,
      b: thornbury.reprint.text,
      min: 0.95,
      max: 1,
    },
    { name: "a lightly edited copy", a: thornbury.original.text, b: edited, min: 0.5, max: 1 },
    {
      name: "a rewrite of the same story by another outlet",
      a: thornbury.original.text,
      b: thornbury.rewrite.text,
      min: 0,
      max: 0.2,
    },
    {
      name: "an unrelated story",
      a: thornbury.original.text,
      b: kestrelValley.first.text + " " + kestrelValley.nextYear.text,
      min: 0,
      max: 0.1,
    },
  ])("estimates the similarity of $name", ({ a, b, min, max }) => {
    const s = signatureSimilarity(sig(a), sig(b));
    expect(s).toBeGreaterThanOrEqual(min);
    expect(s).toBeLessThanOrEqual(max);
  });

  it("answers 0 early for a pair that cannot reach the floor, and the full estimate for one that can", () => {
    const a = sig(thornbury.original.text);
    expect(signatureSimilarity(a, sig(thornbury.rewrite.text), 0.5)).toBe(0);
    expect(signatureSimilarity(a, sig(thornbury.reprint.text), 0.5)).toBe(
      signatureSimilarity(a, sig(thornbury.reprint.text)),
    );
  });

  it("gives a reprint at least one LSH band key in common with its original", () => {
    const a = new Set(bandKeys(sig(thornbury.original.text)));
    expect(bandKeys(sig(thornbury.reprint.text)).some((k) => a.has(k))).toBe(true);
  });

  it("has no signature for a text too short to compare", () => {
    expect(textSignature("Hospital hit by cyber attack")).toBeNull();
  });

  it("survives encoding and decoding", () => {
    const s = sig(thornbury.original.text);
    expect(decodeSignature(encodeSignature(s))).toEqual(s);
  });

  it("encodes every 16-bit value as four lower-case hex digits", () => {
    const s = Uint16Array.from({ length: 63 }, (_, i) => [0, 0xffff, 0x0a0f, 0xbeef][i % 4]!);
    expect(encodeSignature(s)).toBe("0000ffff0a0fbeef".repeat(16).slice(0, 252));
    expect(decodeSignature(encodeSignature(s))).toEqual(s);
  });

  it.each([null, "", "zz", "0".repeat(10), "g".repeat(252), "0".repeat(251) + "G", "0".repeat(251) + " "])(
    "refuses the malformed stored signature %j",
    (text) => {
      expect(decodeSignature(text)).toBeNull();
    },
  );
});

describe("boilerplate", () => {
  it.each([
    { name: "a syndication note", line: "Source: v3" },
    { name: "a byline", line: "By Jane Mercer" },
    { name: "a byline with a role", line: "By Jane Mercer, health correspondent" },
    { name: "a tags line", line: "Filed under: Security, Workspace" },
    { name: "a related-links line", line: "Related: How to secure a clinical photo archive" },
    { name: "a posted line", line: "- Posted" },
  ])("drops $name", ({ line }) => {
    expect(stripBoilerplate(`${line}\nThe clinic was attacked.`)).toBe("The clinic was attacked.");
  });

  it.each([
    "By Tuesday the hospital had restored its record system and reopened the emergency department.",
    "Sources close to the investigation said the attackers had been inside the network for weeks before anyone noticed.",
    "Sources say the gang is based in Russia.",
  ])("keeps the sentence %j", (line) => {
    expect(stripBoilerplate(line)).toBe(line);
  });
});
