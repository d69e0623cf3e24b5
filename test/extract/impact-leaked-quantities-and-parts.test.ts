// Leaks told with a hedged or translated quantity ("published about 1.5 TB of data", "about 1,5 TB" with a decimal
// comma) or as a part of the data already named ("the data was stolen, and some of it has been published"); not a
// threat, a plan or the victim's own notice.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack at Larchmont Hospital";
const LEAD = "Larchmont Hospital was hit by a ransomware attack on Monday.";

describe("data-leaked: hedged quantities, decimal commas and parts of the data", () => {
  it.each([
    ["a hedged quantity before the data", `${LEAD} The gang published about 1.5 TB of data on its site.`, true],
    ["a decimal comma in the quantity", `${LEAD} The gang published about 1,5 TB of data on its site.`, true],
    ["a figure after 'around'", `${LEAD} The attackers leaked around 300 GB of files on Friday.`, true],
    [
      "a part of the data, passive",
      `${LEAD} Patient records were stolen, and some of them have been posted on the dark web.`,
      true,
    ],
    ["part of it, passive", `${LEAD} The data was taken, and part of it has since been leaked.`, true],
    ["a topic, not a quantity", `${LEAD} The hospital published about the breach on its website.`, false],
    [
      "a threat to publish part of it",
      `${LEAD} The data was stolen, and the gang threatens that some of it will be published.`,
      false,
    ],
  ])("%s", (_label, body, leaked) => {
    expect(extract(T, body).impact.includes("data-leaked")).toBe(leaked);
  });
});
