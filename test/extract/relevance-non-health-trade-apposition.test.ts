// A victim the text describes by a trade outside healthcare ("Capita, one of Britain's biggest outsourcing companies")
// is no healthcare body (README kind (a)), unless the description says it serves healthcare.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance: a victim described by a non-health trade", () => {
  it.each<[string, string, string, boolean]>([
    [
      "an outsourcer in an apposition",
      "Capwell checks whether data was stolen",
      "Capwell, one of Britain's biggest outsourcing companies, was hit by hackers on Friday.",
      false,
    ],
    [
      "a logistics firm in an apposition",
      "Capwell checks whether data was stolen",
      "Capwell, a logistics firm, was hit by ransomware, delaying deliveries to hospitals.",
      false,
    ],
    [
      "an outsourcer that runs hospital IT serves healthcare",
      "Capwell checks whether data was stolen",
      "Capwell, an outsourcing company that runs hospital IT for the NHS, was hit by hackers on Friday.",
      true,
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).relevant).toBe(want);
  });
});
