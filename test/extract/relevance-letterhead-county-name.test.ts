import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A page that names its body only in a letterhead in capitals (a board's minutes, a memo) and then says "the hospital":
// a county's name with a care word in it ("HARLAN COUNTY MEDICAL CENTER", "Pine County Hospital") is a healthcare body,
// not the county's government.
describe("a letterhead naming the body in capitals", () => {
  it.each([
    [
      "a county medical center's minutes",
      "HARLAN COUNTY MEDICAL CENTER\nBOARD MEETING MINUTES\nThe CEO reported on the cyberattack of March 3. The hospital's network was shut down and staff charted on paper. Surgeries were postponed for a week and patients were told by phone.",
      true,
    ],
    [
      "a county hospital's special meeting, its letterhead in title case",
      "Pine County Hospital\nBoard of Directors Special Meeting\nThe administrator said the cyberattack of June 9 shut down the hospital's network. Staff used paper charts, some surgeries were postponed and patients were asked to call before coming in.",
      true,
    ],
  ])("%s", (_name, text, relevant) => {
    expect(extract("Board meeting minutes - April 2", text).relevant).toBe(relevant);
  });
});
