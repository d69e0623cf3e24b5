// A regulator's settlement told with "resolve" rather than "settle" ("will pay $480,000 to resolve the investigation")
// is no ransom, unless its clause names a ransom or the attackers.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Harwick Medical Group and the phishing attack";
const ATTACK = "In 2022 a phishing email let a hacker into Harwick Medical Group's email accounts.";
describe("ransom: a regulator's settlement", () => {
  it.each([
    "Harwick Medical Group will pay $480,000 to resolve the regulator's investigation into the breach.",
    "Harwick Clinic agreed to pay $250,000 to resolve a federal investigation into the breach.",
  ])("%s", (text) => {
    expect(extract(T, `${ATTACK} ${text}`).ransom.status).toBe("not-mentioned");
  });

  it("still reads a ransom paid to resolve the attack", () => {
    expect(
      extract(T, `${ATTACK} Harwick Medical Group paid the hackers a $480,000 ransom to resolve it.`).ransom,
    ).toEqual({ status: "paid", amount: 480000, currency: "USD" });
  });
});
