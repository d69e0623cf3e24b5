// Policy on paying ransoms ("Ransom payment ban for NHS trusts to go ahead", "Plans to ban hospitals from paying
// ransoms") reports no incident, even when it retells a past attack with its group and demand as background (README,
// kind (c)); a headline that names a victim told attacked still makes it one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const BACKGROUND = [
  "The health secretary said the measures would make hospitals a less attractive target for criminals.",
  "Last year's attack on Fenwick Pathology, the company that processes blood tests for hospitals in the north-west, led to thousands of operations and appointments being postponed. The Drava gang behind it reportedly demanded $20 million and later published patient data online.",
].join("\n\n");

describe("relevance: ransom-payment policy", () => {
  it.each<[string, string]>([
    [
      "Ransom payment ban for NHS trusts and councils to go ahead",
      "Hospitals, councils and schools will be barred from paying ransoms to cyber criminals, ministers said.",
    ],
    [
      "Government confirms ban on ransom payments by hospitals",
      "The rules will cover hospitals and other public bodies, which must report any demand within 72 hours.",
    ],
    [
      "State bill would ban hospitals from paying hackers",
      "Lawmakers said public hospitals would be forbidden from paying ransomware gangs under the proposal.",
    ],
  ])("%s", (title, lead) => {
    expect(extract(title, `${lead}\n\n${BACKGROUND}`).relevant).toBe(false);
  });

  it("keeps a headline that names a victim told attacked", () => {
    expect(
      extract(
        "Carrow Health refuses to pay Akira ransom despite payment ban talk",
        "Carrow Health, which runs four hospitals, was hit by a ransomware attack on Monday and its systems are offline.",
      ).relevant,
    ).toBe(true);
  });
});
