// Phishing that people are told to look out for after an attack is a risk of the stolen data, not how the attack was
// done; phishing told as the way in still is.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("attack types: phishing warned of after the attack", () => {
  it.each<[string, string, boolean]>([
    [
      "told to watch for phishing",
      "Hackers stole patient files from Brambleton Hospital in Ohio. Patients were told to watch for phishing emails that use the stolen information.",
      false,
    ],
    [
      "warned about phishing",
      "Hackers stole patient files from Brambleton Hospital in Ohio, and the hospital warned patients about phishing attempts in the coming weeks.",
      false,
    ],
    [
      "phishing as the way in",
      "Hackers stole patient files from Brambleton Hospital in Ohio after an employee answered a phishing email.",
      true,
    ],
  ])("%s", (_name, text, phishing) => {
    expect(extract("Ohio hospital breach", text).attack_types.includes("phishing")).toBe(phishing);
  });
});
