// Effects on care told with an aside between the subject and its verb (a list of what the subject takes in, or the
// source of the news: "Patients' files, scans included, were leaked", "Surgeries, the trust said, were postponed"),
// and an ability in the present that is only a prospect ("once it is able to reschedule appointments"). Each rule on
// sentences written for it, with the near misses it must leave alone.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Dunmore Park Hospital";
const lead = "Hackers attacked Dunmore Park Hospital on Tuesday. ";

describe("an aside between an effect's subject and its verb", () => {
  it.each<[string, string, ImpactType, boolean]>([
    [
      "a list closed by 'included'",
      "Patients' records, blood test results included, were leaked by the gang on its site.",
      "data-leaked",
      true,
    ],
    [
      "a list opened by 'including'",
      "The files, including passport scans, were posted on the dark web.",
      "data-leaked",
      true,
    ],
    [
      "a list closed by 'among them'",
      "Staff documents, payslips among them, have been published online.",
      "data-leaked",
      true,
    ],
    [
      "the source as a saying clause",
      "Outpatient appointments, the hospital said, were cancelled on Wednesday.",
      "appointments-cancelled",
      true,
    ],
    [
      "the source as 'according to'",
      "Planned surgeries, according to the trust, have been postponed.",
      "operations-cancelled",
      true,
    ],
    [
      "the aside does not lift a negation",
      "Patient files, the hospital says, were not published.",
      "data-leaked",
      false,
    ],
    [
      "the aside does not lift a threat",
      "The records, scans included, will be leaked unless the hospital pays.",
      "data-leaked",
      false,
    ],
    [
      "two clauses, not an aside",
      "The files were encrypted, the hospital said, and its managers published a statement.",
      "data-leaked",
      false,
    ],
  ])("%s", (_shape, text, type, present) => {
    expect(extract(HIT, lead + text).impact.includes(type)).toBe(present);
  });
});

describe("an ability in the present is a prospect, not an effect", () => {
  it.each<[string, string, ImpactType, boolean]>([
    [
      "once it is able to",
      "The hospital will contact patients once it is able to reschedule appointments.",
      "appointments-cancelled",
      false,
    ],
    ["are now able to", "Patients are now able to rebook scans online.", "appointments-cancelled", false],
    [
      "a past rescheduling is still one",
      "The hospital was able to reschedule appointments for the following week.",
      "appointments-cancelled",
      true,
    ],
    [
      "rescheduled as a fact",
      "Staff have rescheduled hundreds of appointments since the attack.",
      "appointments-cancelled",
      true,
    ],
  ])("%s", (_shape, text, type, present) => {
    expect(extract(HIT, lead + text).impact.includes(type)).toBe(present);
  });
});
