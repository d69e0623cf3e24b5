import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ferncliff Hospital worker charged";

describe("staff who used their own access to take data, or looked at a long-named file without a reason, are insiders", () => {
  it.each([
    [
      "A former clerk at Ferncliff Hospital admitted using her access to the billing system to steal the details of 3,000 patients.",
    ],
    ["Prosecutors say a nurse used his system access at Ferncliff Hospital to sell patients' phone numbers."],
    [
      "At Ferncliff Hospital, dozens of staff looked at the medical file of a famous local football player without a reason.",
    ],
  ])("%j", (text) => {
    expect(extract(T, text).attack_types).toEqual(["insider"]);
  });

  it("access used by hackers is no insider's", () => {
    expect(
      extract(T, "Hackers used stolen passwords to steal the details of 3,000 Ferncliff Hospital patients.")
        .attack_types,
    ).not.toContain("insider");
  });
});
