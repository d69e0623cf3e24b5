// A statement, apology or notice a gang posted on its leak site tells where it spoke, not that data was taken; a victim
// or its files posted there still are.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware gang apologises for attack on Brightwater Children's Hospital";
const open = "Brightwater Children's Hospital in Ontario was hit by ransomware on Dec. 18.";

describe("attack types: what a gang posts on its leak site", () => {
  it.each([
    ["a statement", "In a statement posted on its leak site, the gang said an affiliate broke its rules.", false],
    ["an apology", "The group's apology, posted on its leak site on Monday, offered a free decryptor.", false],
    ["the victim's name", "The gang posted the hospital's name on its leak site on Monday.", true],
    ["files", "The gang posted patient files on its leak site on Monday.", true],
  ])("%s", (_label, body, theft) => {
    expect(extract(T, `${open} ${body}`).attack_types.includes("data-theft")).toBe(theft);
  });
});
