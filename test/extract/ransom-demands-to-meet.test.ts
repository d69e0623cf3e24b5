// Demands the victim is given time to meet are a ransom demand, though no ransom word stands: "had until Friday to meet
// unspecified demands", "refused to meet the hackers' demands". Other demands to meet ("the demands of recovery") are
// none.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Thornfield Medical Group data offered on a hacking forum";

describe("ransom: demands to be met", () => {
  it.each([
    [
      "a deadline to meet unspecified demands",
      "The seller said Thornfield Medical Group had until Monday to meet unspecified demands, after which the data would be sold.",
      "demanded-undisclosed",
    ],
    [
      "the hackers' demands not met",
      "A hacker stole patient files from Thornfield Medical Group, which did not meet the hackers' demands.",
      "demanded-undisclosed",
    ],
    [
      "a refusal to meet their demands",
      "Hackers stole patient files from Thornfield Medical Group. The practice refused to meet their demands.",
      "refused",
    ],
    [
      "the demands of the recovery are no ransom",
      "After the cyberattack on Thornfield Medical Group, staff worked weekends to meet the demands of the recovery.",
      "not-mentioned",
    ],
  ])("%s", (_label, body, status) => {
    expect(extract(T, body).ransom.status).toBe(status);
  });
});
