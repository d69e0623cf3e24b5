// Sums in the currencies of more newsrooms: each word after a figure (or "NT$" before it) names its currency; codes that
// are words elsewhere ("PHP 8", "TRY") are not read as money.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const ransomOf = (body: string) => extract("Ransomware hits Harbor Point Hospital", body).ransom;

describe("ransom: more currencies", () => {
  it.each([
    ["baht", "The attackers asked Harbor Point Hospital for 200,000 baht in bitcoin.", 200000, "THB"],
    ["yuan", "The hackers demanded a ransom of 5 million yuan from Harbor Point Hospital.", 5000000, "CNY"],
    ["rupiah", "The gang demanded a ransom of 10 billion rupiah from Harbor Point Hospital.", 10000000000, "IDR"],
    ["ringgit", "The hackers demanded a ransom of 300,000 ringgit from Harbor Point Hospital.", 300000, "MYR"],
    ["Philippine pesos", "The group demanded 15 million Philippine pesos from Harbor Point Hospital.", 15000000, "PHP"],
    ["Kenyan shillings", "The hackers demanded 2 million Kenyan shillings from Harbor Point Hospital.", 2000000, "KES"],
    ["a Taiwan dollar code", "The gang demanded NT$30 million from Harbor Point Hospital.", 30000000, "TWD"],
    ["forints", "The hackers demanded 50 million forints from Harbor Point Hospital.", 50000000, "HUF"],
  ])("%s", (_label, body, amount, currency) => {
    expect(ransomOf(body)).toEqual({ status: "demanded-amount", amount, currency });
  });

  it("a language's version is no sum", () => {
    expect(
      ransomOf("Harbor Point Hospital was hit by ransomware through a flaw in PHP 8 on its web server.").amount,
    ).toBeNull();
  });
});
