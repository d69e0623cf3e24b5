import { describe, expect, it } from "vitest";
import { isSecurityFirm } from "../../src/extract/victim-security-firm";

// Each sentence holds the name in [brackets]; the brackets are taken out and mark where the name starts and ends.
function read(sentence: string, lead = ""): boolean {
  const doc = lead + sentence.replace("[", "").replace("]", "");
  const start = lead.length + sentence.indexOf("[");
  const end = lead.length + sentence.indexOf("]") - 1;
  return isSecurityFirm(doc, lead.length, start, end);
}

describe("isSecurityFirm", () => {
  it.each([
    ["The threat intelligence firm [Northgate Labs] said the gang is new.", true],
    ["According to researchers at [Halden Labs], the data was posted.", true],
    ["Cybersecurity company  \n[Kestrel Labs] found the leak.", true],
    ["[Kestrel Labs], a cybersecurity company, found the leak.", true],
    ["[Kestrel Labs], the incident response firm hired by the clinic, said.", true],
    ["The data breach at cybersecurity firm [Fortra] exposed files.", false],
    ["Patients of [Harwick Regional Hospital] were told.", false],
    ["The hospital's security consultancies [Vell Group] said.", false],
    ["[Harwick Health], a hospital group, was hit.", false],
    ["[Harwick Health]", false],
  ])("%s -> %s", (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });
  it("reads no further back than the sentence's start", () => {
    expect(read("[Northgate Labs] said the gang is new.", "Reports came from a security firm ")).toBe(false);
    expect(read("Reports came from a security firm [Northgate Labs].", "Earlier. ")).toBe(true);
  });
  it("reads no further back than 60 characters", () => {
    expect(read(`Security firm ${"x".repeat(50)} [Northgate Labs] said.`)).toBe(false);
  });
});
