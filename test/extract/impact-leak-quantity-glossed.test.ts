// A leak whose object opens on a quantity glossed by the gang's own words ("posted almost 400 gigabytes of what it says
// is Ferro Clinic data") is a leak (impact.ts): the quantity and the gloss are no distance between the verb and its data.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a leaked quantity glossed as what the gang says it is", () => {
  it.each([
    ["The Qilin gang posted almost 400 gigabytes of what it says is Ferro Clinic patient data on its leak site.", true],
    ["On Friday the gang leaked about 1.2 terabytes of what it claims are the clinic's internal files.", true],
    ["The gang says it holds almost 400 gigabytes of what it says is Ferro Clinic patient data.", false],
  ])("%s", (sentence, leaked) => {
    const e = extract(
      "Ferro Clinic hit by ransomware",
      `Ferro Clinic in Tucson, Ariz., was hit by a ransomware attack last month. ${sentence}`,
    );
    expect(e.impact.includes("data-leaked")).toBe(leaked);
  });
});
