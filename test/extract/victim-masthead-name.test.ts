// A newsletter's or show's masthead before a headline's colon ("Primary Care Security Notes: ...", "Clinic Cyber
// Weekly: ...") holds care words but names a publication, not a victim (victim-not-org.ts): only the story's body is.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const STORY =
  "Harbor Point Medical Group in Gulfport, Miss., said hackers stole the files of 18,400 patients in a ransomware attack.";

describe("a masthead before the headline's colon", () => {
  it.each([
    ["Primary Care Security Notes: Mississippi medical group notifies patients"],
    ["Clinic Cyber Weekly: Mississippi medical group notifies patients"],
    ["Health Data Digest: Mississippi medical group notifies patients"],
    ["The Medical Practice Briefing: Mississippi medical group notifies patients"],
  ])("%s", (title) => {
    expect(extract(title, STORY).victim_orgs).toEqual(["Harbor Point Medical Group"]);
  });
});
