// A roundup tells several stories: beside a group said to have claimed this attack, a group named in a later item only
// as a passive's agent, with no act of its own ("Data allegedly taken by Akira ransomware included invoices ...") is that
// item's, not a second attacker. A second group that speaks or acts itself ("said it holds the data", "posted the
// files") stays.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a group named in a roundup's later item", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a later item's group with no act, beside a claimed attack",
      "Hospital breach claimed by Qilin",
      "Wexmoor General Hospital said patient files were taken in May. The Qilin gang has claimed the attack.\n\nCourt sentences fraudster\nA man was jailed for four years for a phone scam, police said.\n\nData allegedly taken by Akira ransomware included invoices, payroll records and bank details.",
      ["Qilin"],
    ],
    [
      "a second group that posts the data itself",
      "Second gang posts Wexmoor data",
      "Wexmoor General Hospital was hit in May and the Qilin gang has claimed the attack. Weeks later the Akira gang posted the same patient files on its leak site.",
      ["Qilin", "Akira"],
    ],
    [
      "a group told to have carried out the attack, beside another that claims a share",
      "Two gangs and one hospital",
      "Investigators said the attack on Wexmoor General Hospital was carried out by Qilin. Akira also claims it took files from the hospital.",
      ["Qilin", "Akira"],
    ],
    [
      "a second group that says it holds the data",
      "Second gang says it has Wexmoor data",
      "The Qilin gang claimed the May attack on Wexmoor General Hospital. This month another gang, Akira, said it holds the hospital's records, including scans.",
      ["Qilin", "Akira"],
    ],
  ])("%s", (_name, title, text, want) => {
    expect([...extract(title, text).attacker_groups].sort()).toEqual([...want].sort());
  });
});
