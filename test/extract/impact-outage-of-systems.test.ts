// An outage told as a noun with the systems after it ("an outage of IT systems across the network"), where the
// systems used to come first ("an IT systems outage") (unseen-bank-rw4-pages.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("impact: an outage of systems", () => {
  it.each([
    [
      "The cyberattack caused an outage of IT systems across the Penrose Health network, the hospital group said.",
      true,
    ],
    ["The ransomware attack led to a shutdown of the computer network at Penrose Hospital.", true],
    ["Penrose Hospital suffered a blackout of its phone lines after the cyberattack.", true],
    ["An outage across all systems at Penrose Hospital followed the ransomware attack.", true],
    // An outage of something else is no systems outage.
    [
      "Penrose Hospital said a ransomware attack stole patient data; a power outage of two hours last spring was unrelated.",
      false,
    ],
  ])("%s", (body, offline) => {
    expect(extract("Cyber attack at Penrose Hospital", body).impact.includes("systems-offline")).toBe(offline);
  });
});
