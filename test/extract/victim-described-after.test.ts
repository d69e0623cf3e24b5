// A brand with no health word described where news hands the story on from it (victim-anaphora.ts): the reporting
// tag closing its sentence, or the anaphor opening the next one; and a security firm named as the place of the breach.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a brand described by the reporting tag or the next sentence's anaphor", () => {
  it.each<[string, string, string, string[]]>([
    [
      "reporting tag closing the sentence",
      "Patient files posted online",
      "Criminals demanding $4m have leaked records taken from Ostrava Mutual on a forum, the Czech health insurer said. Ostrava Mutual has told police.",
      ["Ostrava Mutual"],
    ],
    [
      "reporting tag with a verb of warning",
      "Member files posted online",
      "Hackers behind a ransomware attack have started leaking records from Kelvo Mutual's systems, the Czech health insurer warned its members.",
      ["Kelvo Mutual"],
    ],
    [
      "reporting tag with a verb of urging",
      "Members told to watch for scams",
      "Stolen claims files from Brenna Cover were posted on a leak site after the cyberattack, the Irish health insurer urged members to watch for scams.",
      ["Brenna Cover"],
    ],
    [
      "anaphor with a relative clause",
      "Exposed server found",
      "A server holding 2 million scheduling records was left open online and traced to Kelvane. The scheduling software firm, whose tools book appointments for hospitals, closed it within hours. Kelvane said no patient was harmed.",
      ["Kelvane"],
    ],
    [
      "anaphor with a defining verb",
      "Ransomware at home care operator",
      "Intruders got into the network of Brightmoor Living on June 2 and encrypted files. The nonprofit runs nursing homes in three counties.",
      ["Brightmoor Living"],
    ],
    [
      "anaphor whose noun phrase says healthcare",
      "Breach notice",
      "Records of 40,000 members were copied from servers of Tallis Mutual in March. The Irish health insurer has written to those affected. Tallis Mutual apologised.",
      ["Tallis Mutual"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it.each<[string, string, string, string[]]>([
    [
      "a figure read as a run is no name",
      "Hospital data leaked",
      "Hackers have put records from Kestrel Valley Hospital on the web, valued at $2m, the hospital said.",
      ["Kestrel Valley Hospital"],
    ],
    [
      "a place modifying a noun is no name",
      "Clinics closed",
      "Elmfield Radiology closed its sites. Which North Shore offices were affected? The outpatient imaging provider said all seven.",
      ["Elmfield Radiology"],
    ],
    [
      "a prepositional phrase is no noun phrase of the descriptor",
      "Health authority hit",
      'Lakeshore Health said the attack was serious. "We are working hard," said Mary Pell, its CEO. The effects at the health authority reach far.',
      ["Lakeshore Health"],
    ],
    [
      "beside a healthcare name the anaphor is that name's",
      "Attack on health agency",
      "At Ridgeford Health Agency, Dunmore the race is on to restore services. The health company is also facing a ransom demand.",
      ["Ridgeford Health Agency"],
    ],
    [
      "a tool named last is no organisation an anaphor points at when no attack is told of it",
      "Outage",
      "Staff at Corrin Medical Centre switched to paper after a ransomware attack. The hospital said it was restoring systems.",
      ["Corrin Medical Centre"],
    ],
  ])("not: %s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

describe("a security firm named as the place of the breach", () => {
  it.each<[string, string, string[]]>([
    [
      "apposition after 'breach at'",
      "Blue Harbor Hospital said a security breach at Quorvex, the cybersecurity company that hosts its file transfers, exposed patient data. Quorvex has since patched the flaw.",
      ["Blue Harbor Hospital", "Quorvex"],
    ],
    [
      "a security firm quoted on the attack stays out",
      "Files taken from Blue Harbor Hospital were posted online, said Quorvex, a cybersecurity company that tracks leak sites. Quorvex said the gang is new.",
      ["Blue Harbor Hospital"],
    ],
  ])("%s", (_shape, text, victims) => {
    expect(extract("Hospital data exposed", text).victim_orgs).toEqual(victims);
  });
});
