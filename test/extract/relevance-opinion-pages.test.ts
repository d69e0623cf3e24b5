// An opinion page (its section label "Opinion | ...", "Op-ed:", or its disclaimer "The views expressed are the author's
// own") argues from incidents in passing, as a policy piece does: it reports none unless its headline names the body it
// is about. A news story that only uses the word "opinion" is still news.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const PASSING =
  "Last spring hackers shut down the computers at Marlow Bay Hospital, and its doctors spent three weeks on paper. Rural hospitals cannot afford the defences they need.";

describe("relevance: opinion pages", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a section label 'Opinion | Health'",
      "Small hospitals need federal help against hackers",
      `Opinion | Health\n\nBy Dana Whitcombe\n\n${PASSING} Congress should fund them.`,
      false,
    ],
    [
      "the disclaimer 'The views expressed are the author's own'",
      "Small hospitals need federal help against hackers",
      `${PASSING} Congress should fund them.\n\nThe views expressed are the author's own.`,
      false,
    ],
    [
      "a headline opening 'Op-ed:'",
      "Op-ed: Small hospitals need federal help against hackers",
      `${PASSING} Congress should fund them.`,
      false,
    ],
    [
      "an opinion page whose headline names the hospital it is about",
      "What the cyberattack on Marlow Bay Hospital taught me",
      `Opinion | Health\n\n${PASSING} Here is what I learned.`,
      true,
    ],
    [
      "a news story using the word 'opinion'",
      "Marlow Bay Hospital on paper after cyberattack",
      `Marlow Bay Hospital said hackers shut down its computers on Monday. In the opinion of one nurse, staff coped well on paper.`,
      true,
    ],
  ])("%s", (_label, title, body, relevant) => {
    expect(extract(title, body).relevant).toBe(relevant);
  });
});
