// A roundup's credits line thanks its sources; the kinds of news they sent ("new ransomware information") are no fact
// of the incident.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const STORY =
  "Kellow Bay Hospital said hackers stole patient records in an intrusion last week and posted them on a leak site.";

describe("page furniture: a roundup's credits line", () => {
  it.each([
    "Contributors and those who provided new ransomware information and stories this week include: @alpha and @beta.",
    "Thanks to everyone who sent ransomware samples and tips this week: @gamma, @delta.",
  ])("%s", (credits) => {
    expect(extract("Kellow Bay Hospital data posted online", `${STORY}\n\n${credits}`).attack_types).toEqual([
      "data-theft",
    ]);
  });
});
