// A leak told as under way, its data named earlier and picked up by a pronoun: "has begun posting them", "started to
// publish it". A purpose or a plan ("plans to start posting them") is no leak yet.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const impact = (text: string) => extract("Hackers claim Pellham County Hospital", text).impact;

describe("impact: a leak under way, told with a pronoun", () => {
  it.each([
    "The gang says it stole 40,000 patient files from Pellham County Hospital and has begun posting them.",
    "Hackers took records from Pellham County Hospital and started to publish them on Monday.",
    "The group behind the attack on Pellham County Hospital stole scans of patients and began leaking them last week.",
  ])("%s", (text) => {
    expect(impact(text)).toContain("data-leaked");
  });

  it.each([
    "The gang says it stole files from Pellham County Hospital and will start posting them on Friday.",
    "Staff at Pellham County Hospital began moving them to paper files once the systems went down.",
  ])("%s", (text) => {
    expect(impact(text)).not.toContain("data-leaked");
  });
});
