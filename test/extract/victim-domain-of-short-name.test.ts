// A domain whose label the story also writes as a capitalised word ("SickKids" beside "sickkids.ca") is the site of a
// victim it named in full under another name ("the Hospital for Sick Children"): no second victim. A listed site the
// story names no other way stays a victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a domain of a short name the story uses", () => {
  it.each([
    [
      "the short name in the story, the domain in a quote",
      "Gang apologises for attack on Brightkids",
      'The gang said it attacked the Brightwater Hospital for Children, known as Brightkids, by mistake. "We apologize for the attack on brightkids.org," the post read.',
      ["Brightwater Hospital for Children"],
    ],
    [
      "a hyphenated label",
      "DDoS attack hits St Aldric's Hospital",
      "The website of St Aldric's Hospital, known locally as Aldric-Care, was knocked offline; aldric-care.org was down for hours.",
      ["St Aldric's Hospital"],
    ],
    [
      "a listed site named no other way stays a victim",
      "Hacktivists knock hospital sites offline",
      "Hacktivists knocked Kestrel Hospital and the site alderhospital.dk offline on Monday.",
      ["Kestrel Hospital", "alderhospital.dk"],
    ],
  ])("%s", (_label, title, body, victims) => {
    expect(extract(title, body).victim_orgs).toEqual(victims);
  });
});
