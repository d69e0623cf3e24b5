// A price the attackers put to the patients or customers themselves (emails, texts or letters to each of them) is no
// ransom amount of the victim's, though asking it is a demand; a sum asked of the victim, or paid, keeps its place.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers of Orrin Lake Medical Center turn on its patients";

describe("ransom: a price put to the patients themselves is no ransom amount", () => {
  it.each([
    [
      "patients receiving emails that demanded a sum",
      "After the breach at Orrin Lake Medical Center, patients of the hospital began receiving emails that demanded $80 to keep their records off the dark web.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "customers told to pay a sum",
      "Customers of Orrin Lake Medical Center were told by the hackers to pay 0.002 bitcoin to have their files deleted.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "members getting texts asking for a sum, beside the clinic's refusal",
      "Orrin Lake Medical Center refused to pay. Members of its health plan then got text messages asking for $200 in bitcoin.",
      { status: "refused", amount: null, currency: null },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a sum asked of the victim or paid keeps its place beside the patients", () => {
  it.each([
    [
      "patients receiving letters after the sum",
      "The hackers demanded $2 million from Orrin Lake Medical Center, and 40,000 patients received letters this week.",
      { status: "demanded-amount", amount: 2000000, currency: "USD" },
    ],
    [
      "patients told of a payment",
      "Patients received letters saying Orrin Lake Medical Center had paid a $1 million ransom to the hackers.",
      { status: "paid", amount: 1000000, currency: "USD" },
    ],
    [
      "patients named, the sum asked of the hospital",
      "Orrin Lake Medical Center, which has 90,000 patients, was asked for $3 million by the gang.",
      { status: "demanded-amount", amount: 3000000, currency: "USD" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});
