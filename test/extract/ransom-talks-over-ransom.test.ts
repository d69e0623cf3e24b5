// Talks over a ransom are a ransom asked, whoever they are said to be with: "after talks with the company over a ransom
// broke down", "talks about the ransom stalled".
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Gang claims attack on Wexley Medical Supply";

describe("ransom: talks over a ransom", () => {
  it.each([
    [
      "talks with the company over a ransom",
      "The gang says it encrypted the systems of Wexley Medical Supply again after talks with the company over a ransom broke down.",
    ],
    [
      "talks about the ransom",
      "Talks about the ransom stalled last week, Wexley Medical Supply said after the cyberattack.",
    ],
  ])("%s", (_label, body) => {
    expect(extract(T, body).ransom.status).toBe("demanded-undisclosed");
  });

  it("talks over a contract are none", () => {
    expect(
      extract(T, "Wexley Medical Supply said a cyberattack hit its systems during talks with a buyer over the sale.")
        .ransom.status,
    ).toBe("not-mentioned");
  });
});
