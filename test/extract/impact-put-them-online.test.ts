// Stolen data told by a pronoun and put online ("stole 300 gigabytes of files and has put part of them online") was
// published; a body putting its own documents online leaks nothing.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers steal data from Kestrel Lab";
const open = "Kestrel Lab in Rijswijk said it had been hacked.";

describe("impact: stolen data put online, told by a pronoun", () => {
  it.each([
    ["part of them online", "The group stole 300 gigabytes of files and has put part of them online.", true],
    ["posted them online", "The hackers copied patient records and posted them online on Friday.", true],
    ["uploaded some of it online", "The gang took the data and uploaded some of it online.", true],
    ["a body's own documents", "The lab put its opening hours online and said the files were safe.", false],
  ])("%s", (_label, body, leaked) => {
    expect(extract(T, `${open} ${body}`).impact.includes("data-leaked")).toBe(leaked);
  });
});
