// "Medical center" and "medical centre" name different bodies: an American medical center is a hospital, a British,
// Irish or Australian medical centre a GP practice, unless its name says it is more (a university or regional one).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: a medical centre by the way its name is spelt", () => {
  it.each<[string, string, string, string]>([
    [
      "an Australian medical centre",
      "Gang claims attack on Perth medical centre",
      "A group calling itself Nightjar has claimed the attack on Kestrel Medical Centre in Perth and says it stole patient files.",
      "primary-care",
    ],
    [
      "a British medical centre, the name later in the text",
      "Patient data stolen in cyber attack",
      "Hackers stole patient records from Marsh Lane Medical Centre in Leeds, the practice manager said.",
      "primary-care",
    ],
    [
      "an American medical center",
      "Kestrel Medical Center hit by ransomware",
      "Kestrel Medical Center in Ohio diverted ambulances after a ransomware attack on Sunday.",
      "hospital",
    ],
    [
      "a university medical centre is a hospital",
      "Cyber attack on university medical centre",
      "Hackers breached Kestrel University Medical Centre in Utrecht, and surgeons postponed operations.",
      "hospital",
    ],
    [
      "a regional medical centre is a hospital",
      "Kestrel Regional Medical Centre hit by cyber attack",
      "Kestrel Regional Medical Centre in Ontario said a cyber attack took its systems offline.",
      "hospital",
    ],
    [
      "a medical centre the text calls a hospital",
      "Kestrel Medical Centre hit by ransomware",
      "The 400-bed hospital Kestrel Medical Centre in Tel Aviv was hit by ransomware, its director said.",
      "hospital",
    ],
  ])("%s", (_name, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});
