// A refusal told through the advice the victim follows ("In line with government guidance, the trust will not pay") is
// the victim's own refusal: the advice word sits in a fronted phrase, not in the subject ("police urged it not to pay"
// stays advice). A subject "nobody" negates paying as "no one" does ("nobody at the clinic was ever going to pay").
import { describe, expect, it } from "vitest";
import type { RansomStatus } from "../../src/model/entities";
import { extract } from "./helpers";

const T = "Ransomware attack hits Pellham Valley Hospital";
const DEMAND = "Pellham Valley Hospital said hackers had encrypted its servers and demanded $80,000 in bitcoin.";

describe("ransom: refusals heeding advice, and 'nobody' as a negating subject", () => {
  it.each<[string, string, RansomStatus]>([
    [
      "'In line with government guidance,' before the refusal",
      `${DEMAND} In line with government guidance, the hospital will not pay.`,
      "refused",
    ],
    [
      "'Following advice from police,' before the refusal",
      `${DEMAND} Following advice from police, the hospital says it will not pay.`,
      "refused",
    ],
    [
      "'In accordance with national guidance,' before the refusal",
      `${DEMAND} In accordance with national guidance, the board would not pay the hackers.`,
      "refused",
    ],
    ["advice to the victim stays advice", `${DEMAND} Police have urged the hospital not to pay.`, "demanded-amount"],
    [
      "'nobody ... was ever going to pay' in a quote",
      `${DEMAND} A nurse said "nobody in management was ever going to pay."`,
      "refused",
    ],
    [
      "'nobody would pay' in reported speech",
      `${DEMAND} The chief executive said nobody at the hospital would pay criminals.`,
      "refused",
    ],
  ])("%s", (_label, body, status) => {
    expect(extract(T, body).ransom.status).toBe(status);
  });
});
