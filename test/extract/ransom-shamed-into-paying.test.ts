// An aim of pressing the victim to pay, told with verbs of shame or fear ("meant to shame the hospital into paying",
// "to frighten patients into paying"), says why the attackers act, not that anyone paid.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Dunmore Bay Hospital";

describe("ransom: 'shame/embarrass/frighten ... into paying' is no payment", () => {
  it.each([
    [
      "a refusal, then an expert on the aim of the leak",
      "Dunmore Bay Hospital refused to pay the ransom. Publishing the scans is meant to shame the hospital into paying, a researcher said.",
      "refused",
    ],
    [
      "a demand, then the aim told with 'embarrass'",
      "The hackers demanded a ransom from Dunmore Bay Hospital. The leak was designed to embarrass the board into paying.",
      "demanded-undisclosed",
    ],
    [
      "a refusal, then 'frighten ... into paying'",
      "Dunmore Bay Hospital will not pay the ransom. The gang emailed patients to frighten them into paying.",
      "refused",
    ],
  ])("%s", (_label, body, status) => {
    expect(extract(T, body).ransom.status).toBe(status);
  });
});
