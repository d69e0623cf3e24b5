// A threat to publish unless the victim gets in touch is an extortion attempt, a demand of no stated sum.
import { describe, expect, it } from "vitest";
import type { RansomStatus } from "../../src/model/entities";
import { extract } from "./helpers";

describe("ransom: a threat unless the victim makes contact", () => {
  it.each<[string, string, RansomStatus]>([
    [
      "unless the hospital got in touch",
      "The gang posted files stolen from Brambleton Hospital in Ohio and threatened to release more unless the hospital got in touch.",
      "demanded-undisclosed",
    ],
    [
      "unless it contacted the hackers",
      "Files stolen from Brambleton Hospital in Ohio will be published unless it contacts the hackers within a week, the note said.",
      "demanded-undisclosed",
    ],
    [
      "getting in touch with patients is no demand",
      "Hackers stole files from Brambleton Hospital in Ohio, and the hospital said it will get in touch with every patient affected.",
      "not-mentioned",
    ],
  ])("%s", (_name, text, status) => {
    expect(extract("Ohio hospital data posted", text).ransom.status).toBe(status);
  });
});
