// A refusal whose object is left out because the demand was just told: "The gang demanded $2 million. The clinic
// refused." A spokesperson who "refused" declined to comment, and a refusal on a condition is none. Sentences written
// for this test.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware gang threatens to publish Fernhill Hospital records";

describe("ransom: a refusal with its object left out after the demand", () => {
  it.each([
    [
      "a bare 'refused' after a stated sum",
      "The gang demanded $2 million from Fernhill Hospital. The hospital refused.",
      { status: "refused", amount: 2000000, currency: "USD" },
    ],
    [
      "'refused and says' after a threat on condition of a ransom",
      "Hackers told Fernhill Hospital they would publish patient records unless a ransom was paid. The hospital refused and says no records have appeared.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "'flatly refused,' before another clause",
      "The attackers asked Fernhill Hospital for 20 bitcoins. Its board flatly refused, and staff rebuilt the servers from backups.",
      { status: "refused", amount: 20, currency: "BTC" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });

  it.each([
    [
      "a spokesperson who refused (to comment)",
      "The gang demanded $2 million from Fernhill Hospital. Asked about the demand, a spokesperson refused.",
      { status: "demanded-amount", amount: 2000000, currency: "USD" },
    ],
    [
      "a refusal on a condition",
      "The gang demanded $2 million from Fernhill Hospital and said the files would be sold if the hospital refused.",
      { status: "demanded-amount", amount: 2000000, currency: "USD" },
    ],
    [
      "a refusal with no demand told",
      "Fernhill Hospital's systems were encrypted on Monday. Staff asked to work overtime refused.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
  ])("%s is no refusal", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});
