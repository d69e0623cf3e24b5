// A regulator's fine is no ransom, even where the fined body's apposition stands between the verb and the sum ("has
// fined Bupa Insurance Services, the London-based arm of the group, £175,000 after ..."), and in an article where the
// stolen data were offered for sale (blind-ff01).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("ransom: a fine set apart from its verb", () => {
  it.each([
    [
      "an apposition of the fined body",
      "The Information Commissioner's Office has fined Corrow Health Insurance, the London-based arm of the healthcare group, £175,000 after an employee copied customer data and offered it for sale.",
    ],
    [
      "a long name and a place",
      "The regulator fined Corrow Valley Community Hospital of Ashby, Ohio, a total of $240,000 after hackers stole patient records.",
    ],
  ])("%s", (_label, text) => {
    expect(extract("Health insurer fined over data breach", text).ransom.status).toBe("not-mentioned");
  });

  it("a ransom told in the same sentence as a fine keeps its sum", () => {
    const e = extract(
      "Hospital fined over ransomware attack",
      "The regulator fined Corrow Valley Hospital in Ohio after hackers demanded a ransom of $240,000 to unlock its systems.",
    );
    expect(e.ransom).toMatchObject({ status: "demanded-amount", amount: 240000, currency: "USD" });
  });
});
