// A denied finding ("found no evidence that ...", "nothing to suggest that ...") governs its whole "that" clause, however
// long the subject that stands between it and the verb; a finding that is not denied, or a contrast after the denial,
// keeps the verb's fact.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "Kestrel Hospital took its systems offline after a cyberattack.";

describe("a denied finding and the verb of its clause", () => {
  it.each<[string, boolean]>([
    ["Kestrelmark said it had found no evidence that insured persons' social data had been stolen.", false],
    ["It had found no evidence that the insured persons social data had been stolen.", false],
    ["There is nothing to suggest that any of the clinic's patient records were copied.", false],
    ["Investigators have seen no sign that the hospital's staff and patient records were exfiltrated.", false],
    // "It said it had ... data": a subject pronoun and "said it had" before the data are no claim of possession when a
    // denial or a finding stands between them.
    ["It said it had found no evidence that data had been taken.", false],
    ["They said they had not seen any sign that files were copied.", false],
    ["It says it has never held patient records on the affected servers.", false],
    ["The trust found no evidence of malware, but patient records from its cardiology unit were stolen.", true],
    ["The trust said that data had been taken from its imaging servers.", true],
    ["It found evidence that patient data held on the clinic's file server had been stolen.", true],
  ])("%s", (sentence, theft) => {
    expect(extract("Cyberattack on Kestrel Hospital", `${LEAD} ${sentence}`).attack_types.includes("data-theft")).toBe(
      theft,
    );
  });
});
