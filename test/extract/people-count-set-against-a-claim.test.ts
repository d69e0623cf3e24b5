// A count set against the figure it corrects ("about 10,000 patients, not 16 million as the hackers claimed", "3,200
// members rather than the 32,000 first reported") replaces that figure, as a revision does (intl-i05). Spaces before
// commas, as some translated wires set them, do not hide it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Kestrel Vale Hospital data stolen";
const LEAD = "Hackers offered the records of 2 million patients of Kestrel Vale Hospital for sale on a forum.";

describe("people: a count set against the figure it corrects", () => {
  it.each([
    [
      "'not N as the hackers claimed'",
      "The ministry said the stolen file covered about 12,000 patients, not 2 million as the hackers claimed.",
      12000,
    ],
    [
      "a wire's space before the comma",
      "The ministry said the stolen file covered about 12,000 patients , not 2 million as the hackers claimed .",
      12000,
    ],
    [
      "'rather than'",
      "The hospital said the breach affected 12,400 patients rather than the 2 million first advertised.",
      12400,
    ],
  ])("%s", (_label, sentence, want) => {
    expect(extract(T, `${LEAD} ${sentence}`).people_affected).toBe(want);
  });

  it("a count beside a 'not' of another sense stays second", () => {
    expect(
      extract(T, `${LEAD} The hospital said 12,000 patients were affected, not all of them current patients.`)
        .people_affected,
    ).toBe(2000000);
  });
});
