// Animal care is not human healthcare: a veterinary victim makes the incident one of a non-healthcare body, while a
// human-healthcare victim named beside veterinary words keeps the article relevant.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("veterinary victims are not healthcare", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a veterinary hospital by name",
      "Vet hospital hit by ransomware",
      "Calder Veterinary Hospital in Leeds said ransomware encrypted its systems and appointments were rescheduled.",
      false,
    ],
    [
      "an animal hospital chain",
      "Animal hospital chain hit by hackers",
      "The Greyfur Animal Hospital group in Oregon said hackers stole client records.",
      false,
    ],
    [
      "a brand described as a veterinary group",
      "Veterinary group confirms cyber attack",
      "Pawcrest, a veterinary group with 90 clinics, said a cyber attack had taken its systems offline.",
      false,
    ],
    [
      "a pet clinic in the lead only",
      "Cyber attack disrupts clinics",
      "A cyber attack has disrupted 40 pet clinics run by Furlane across Scotland, with patients' owners asked to call ahead.",
      false,
    ],
    [
      "a human hospital beside a veterinary word",
      "Cyber attack on Ardley General Hospital",
      "Ardley General Hospital said a cyber attack took its systems offline; the veterinary school next door was not affected.",
      true,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
