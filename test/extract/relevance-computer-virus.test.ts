// A "computer virus" that infected a healthcare body's machines reports an incident, told with no other cyber word; a
// virus of the body (flu, norovirus, Covid) does not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a computer virus is a cyber incident, a virus of the body is not", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a computer virus infected its systems",
      "Trust postpones clinics",
      "Fenmoor Hospitals NHS Trust postponed clinics on Monday after a computer virus infected its systems over the weekend.",
      true,
    ],
    [
      "computer viruses on its network",
      "Clinic closes for two days",
      "Harlow Valley Medical Centre closed for two days while engineers removed computer viruses from its network.",
      true,
    ],
    [
      "a stomach virus closes wards",
      "Wards closed to visitors",
      "Fenmoor Hospital closed two wards to visitors after a stomach virus spread among patients.",
      false,
    ],
    [
      "flu virus and computer systems in separate sentences",
      "Hospital under pressure",
      "Fenmoor Hospital is treating dozens of patients with the flu virus. Its computer systems were upgraded last year.",
      false,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
