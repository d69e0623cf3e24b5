// A victim's type from what the text says it is rather than from a word of its name: a trade noun set before an
// honorific and the name ("Drugmaker Dr Halden's Laboratories"), the procedures a clinic group sells ("runs 9
// clinics for rhinoplasty and liposuction"), the line of business a later variant of the name adds ("Kavlo Health
// Insurance"). Every organisation is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a trade noun before an honorific and a name describes the name", () => {
  it.each([
    [
      "Dr Halden's shuts plants after cyberattack",
      "PUNE - Drugmaker Dr Halden's Laboratories Ltd said on Monday it had shut two plants after a cyberattack on its network.",
      "Dr Halden's Laboratories Ltd",
      "pharma-medtech",
    ],
    [
      "Dr Ostrava's Clinic hit by ransomware",
      "Insurer Dr Ostrava's Health Mutual said hackers had encrypted its claims servers.",
      "Dr Ostrava's Health Mutual",
      "insurer",
    ],
  ])("%s", (title, text, victim, type) => {
    const e = extract(title, text);
    expect(e.victim_orgs).toContain(victim);
    expect(e.victim_type).toBe(type);
  });
});

describe("the procedures a clinic group sells say it is a cosmetic surgery one", () => {
  it.each([
    [
      "Belmonte confirms data breach",
      "Belmonte Group, which runs nine clinics offering rhinoplasty, liposuction and tummy tucks, said hackers had copied patient photographs.",
    ],
    [
      "Hackers steal patient photos",
      "Hackers stole before-and-after photos from Arden Clinics, which specialises in breast augmentation and facelifts, the group said.",
    ],
  ])("%s", (title, text) => {
    expect(extract(title, text).victim_type).toBe("cosmetic-surgery");
  });

  it("a cancer clinic treating breast cancer stays a clinic", () => {
    expect(
      extract(
        "Cancer clinic hit by ransomware",
        "Harwell Oncology Clinic, which treats breast cancer patients, said ransomware had encrypted its scheduling system.",
      ).victim_type,
    ).toBe("clinic");
  });
});

describe("a variant of the name that adds its line of business stands for it", () => {
  it("'Kavlo Health' in the headline and 'Kavlo Health Insurance' in the body is the insurer", () => {
    const e = extract(
      "Kavlo Health says hacker demanded ransom",
      "Kavlo Health Insurance says a hacker demanded $40,000 after customer data was posted on Telegram. Kavlo Health has sued the hacker. A researcher said the hacker was leaking the claims data of all Kavlo Health customers.",
    );
    expect(e.victim_orgs).toEqual(["Kavlo Health Insurance"]);
    expect(e.victim_type).toBe("insurer");
  });
});
