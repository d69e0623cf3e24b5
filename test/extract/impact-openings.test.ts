import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { GRAMMARS, GROUP_OPENINGS } from "../../src/extract/impact";
import { matchesOpening, openingWords, stickyOf } from "../../src/extract/opening-words";

type Side = "nouns" | "after" | "before";
const HALT =
  "Clinics were cancelled, cancellations, staff sat idle, remained idle, postponed, stood down, standing down, rearranged, " +
  "are off, will resume, delayed, deferred, rescheduled, rebooked, put off, called off, calling off, held up, put on hold, " +
  "placed on pause, kept on ice, on hold, paused, halted, suspended, scrapped, stopped, cut back on, scaled back, pushed " +
  "back, pushed to later, bumped to next week, moved, could not go ahead, couldn't be carried out, cannot proceed, can't take place, did not go ahead, didn't " +
  "proceed, were unable to be performed, was unable to proceed.";
const CANCEL =
  "Cancelled, postponing, rescheduled, rebooking, rearranged, stood down, standing down, deferring, delays, put off, " +
  "called off, holding up, held up, halting, suspending, stopping, stopped, pausing, scrapping, cut back on, scale back, " +
  "scaled back on, disrupted.";
// Sentences naming every alternative of each effect's noun and verb groups.
const SENTENCES: Partial<Record<ImpactType, Partial<Record<Side, string[]>>>> = {
  "operations-cancelled": {
    nouns: [
      "Surgery, surgeries, surgical procedures, elective hip operations, planned surgery, non-urgent cases, nonurgent care.",
      "Scheduled lists, routine work, operations, procedures, electives, elective, chemotherapy, chemo, radiotherapy.",
      "Radiation treatments, cancer care, treatment, dialysis, transplants, infusions, theatre lists, operating slots.",
      "A procedure, clinical and diagnostic operations, operating theatres, hip and knee replacements, valve replacement.",
      "Endoscopy, colonoscopies, biopsies, IVF cycles, caesarean sections, cesareans, C-sections.",
    ],
    after: [HALT, "Care was disrupted."],
    before: [CANCEL],
  },
  "appointments-cancelled": {
    nouns: [
      "Outpatient appointments, hospital visits, clinic consultations, doctor's appointments, doctors check-ups, GP visits.",
      "Medical checkups, outpatient clinics, scans, tests, exams, X-rays, screenings, MRI, CT scans, blood tests.",
      "Diagnostic imaging, imaging appointments, appointments.",
      "Diagnostic testing, diagnostic operations, diagnostic work, diagnostic procedures, diagnostic exams.",
    ],
    after: [HALT],
    before: [CANCEL],
  },
  "ambulance-diversion": {
    nouns: [
      "Patients, a patient, ambulances, emergency cases, expectant mothers, pregnant mothers, women in labour, babies, newborns, casualties.",
    ],
    after: [
      "Patients were sent elsewhere, moved instead, shifted away, transferred, taken to other places away, rushed elsewhere.",
      "Redirected elsewhere, re-routed elsewhere, rerouted away, driven elsewhere, flown elsewhere, diverted elsewhere.",
      "They were diverted to Kent and Canterbury Hospital, sent to St Olave's Hospital, moved to the County Infirmary.",
    ],
  },
  "systems-offline": {
    nouns: [
      "Systems, networks, computers, servers, phones, phone lines, telephony, e-mails, email, websites, web sites, patient records.",
      "Electronic health records, digital records, medical records, care records, dental records, client records, resident records.",
      "Records systems, IT, platforms, wi-fi, wifi, infrastructure, EMR, EHR, EPR, portals, workstations, robots, machines.",
      "Scanners, printers, PCs, software, connectivity, the internet, technology, prescribing records, medication records.",
    ],
    after: [
      "Down, offline, off-line, out of action, out of reach, shut down, shutting it down, knocked out, outages, inaccessible.",
      "Unavailable, unusable, could not be used, cannot be accessed, switched off, taken down, at a standstill, ground to a halt.",
      "Stopped responding, malfunctioning, crippled, disrupted, disabled, back online, coming back online, came back, been brought back.",
      "Not fully up and running, no longer operational, went dark, gone dead, were dead, paralysed, paralyzed, locked, disconnected.",
      "Isolated, quarantined, back to normal, back in service, being restored, restored, is restored, brought back online.",
      "Back up and running, running again, working again, operational again, functioning again, online again.",
    ],
    before: [
      "Shut down, shutting off, took offline, take down, taken off, taking down, switched off, turning off, powered down.",
      "Knocked offline, brought down, bringing down, knocking out, disabled, paralysed, paralyzed, crippled, disrupted.",
      "Disconnected, isolating, quarantined, cut off, restored, restoring, lost access to, loss of.",
    ],
  },
  "services-closed": {
    nouns: [
      "Emergency departments, A&E, the ER, urgent care, maternity services, walk-in centres, outpatient clinics, cancer units.",
      "Imaging services, radiology centres, minor injury units, injuries unit, OPD services, OPDs, outpatient registration.",
      "Dialysis units, renal unit, birthing units, stroke unit, midwife-led units, neonatal unit, intensive care units.",
      "Critical care unit, day surgery unit, endoscopy unit, cardiac unit, paediatric units, children's unit, births.",
      "Clinics, pharmacies, wards, departments, locations, sites, centres, offices, practices, facilities, branches, doors.",
      "Stores, shops, outlets, services, a service, a clinic, the pharmacy, a ward, a practice.",
    ],
    after: [
      "Closed, closures, will reopen, reopened, had to close, forced to shut, still unavailable, remains not available, out of service.",
      "Shut, shuttered, suspended, halted, stopped accepting, unable to admit, not able to take, could not take, can't accept in.",
      "No longer admitting, turned away, was unavailable, is out of service.",
    ],
    before: [
      "Closed, closing, close, shut, shuttered, stood down, standing down, suspended, suspending, stopped providing.",
      "Unable to accept, not able to see, could not take, cannot admit, can't see in.",
    ],
  },
  "data-leaked": {
    nouns: [
      "Data, files, information, records, documents, details, photos, photographs, images, spreadsheets, databases, dataset.",
      "An archive, emails, scans, samples, a sample, a database.",
    ],
    after: [
      "Been published, was leaked, were dumped, had posted, has released, have put online, is made public, are uploaded.",
      "Being put up for sale, started offered for sale, begun listed for sale, began auctioned, got sold, appeared on, surfaced online.",
      "Shared online, spread online, made available for download, available to download, downloadable, advertised for sale, up for sale.",
    ],
    before: [
      "Published, publishing, leaked, leaks, dumped, posted, released, putting, put, uploaded, sold, sells, auctioned.",
      "Advertised for sale, offered for sale, for sale, spread.",
    ],
  },
};

describe("impact noun and verb groups tried at their opening words", () => {
  const specs: Record<string, string> = {};
  for (const [type, sides] of Object.entries(GROUP_OPENINGS))
    for (const [side, words] of Object.entries(sides)) specs[`${type}:${side}`] = words;
  const table = openingWords(specs);
  const cases = Object.entries(SENTENCES).flatMap(([type, sides]) =>
    Object.entries(sides!).flatMap(([side, texts]) => texts!.map((text) => [type, side, text] as const)),
  );
  it.each(cases)("%s %s: %s", (type, side, text) => {
    const re = GRAMMARS[type as ImpactType][side as Side];
    const whole = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    const tried = matchesOpening(re, stickyOf(re), text, table.find(text), table.bit[`${type}:${side}`]!);
    expect(whole.length).toBeGreaterThan(0);
    expect(tried.map((m) => [m.index, m[0]])).toEqual(whole);
  });
});

// Sentences naming every alternative of each fixed phrase that has opening words, by effect and place in its list.
const PHRASE_SENTENCES: [ImpactType, number, string][] = [
  [
    "ambulance-diversion",
    0,
    "It stopped accepting ambulances; no longer taking new ambulances; could not receive any ambulances; can't take ambulances.",
  ],
  [
    "ambulance-diversion",
    0,
    "It was unable to accept ambulances, not receiving ambulances, couldn't accept ambulances, cannot take ambulances.",
  ],
  [
    "ambulance-diversion",
    1,
    "It turned away some ambulances, turning away ambulances, and ambulances were turned away.",
  ],
  ["ambulance-diversion", 2, "Diverted, diverting, diverts, a diversion, diversions, on divert, on bypass."],
  [
    "ambulance-diversion",
    3,
    "Patients were sent to other hospitals, moving them to a nearby hospital, shifted to another trust, transferred to hospitals in other counties.",
  ],
  [
    "ambulance-diversion",
    3,
    "Taken to a hospital 20 miles away, redirected to hospitals elsewhere, re-routed to distant hospitals, rerouted to local facilities, driven to other emergency rooms.",
  ],
  [
    "ambulance-diversion",
    3,
    "Rushed to a different hospital, flown to neighbouring hospitals, diverted to alternative hospitals, had to go to other hospitals, told to go to another hospital.",
  ],
  [
    "ambulance-diversion",
    3,
    "Sending them to alternate hospitals, taking them to surrounding hospitals, redirecting to nearby A&Es, rerouting to other trusts, asked to go to other facilities, forced to go to a distant hospital.",
  ],
  [
    "ambulance-diversion",
    4,
    "Patients were sent to other sites, moved to nearby centres, transferred to different providers.",
  ],
  [
    "ambulance-diversion",
    6,
    "It stopped taking emergency patients by ambulance; could not accept new patients from ambulances; cannot admit patients via ambulance.",
  ],
  [
    "ambulance-diversion",
    7,
    "Ambulances are bypassing the hospital; ambulances were rerouted; an ambulance avoided it; ambulances redirected.",
  ],
  [
    "ambulance-diversion",
    8,
    "Told to take patients elsewhere, sending the patients elsewhere, bringing patients elsewhere, directed patients elsewhere, routed patients elsewhere.",
  ],
  [
    "systems-offline",
    0,
    "Staff could not get into records; no longer able to access files; unable to use; cannot log into; can't check; couldn't view.",
  ],
  [
    "systems-offline",
    0,
    "Problems accessing systems, difficulty reaching records, difficulties logging on to, trouble pulling up notes.",
  ],
  [
    "systems-offline",
    1,
    "Locked out of systems, without access to records, wiped out all access to, locking staff out of, locks them out of.",
  ],
  [
    "systems-offline",
    0,
    "Nurses were struggling to access the records, and clerks struggled to log into the booking system.",
  ],
  ["systems-offline", 1, "The attack cut both ambulance services off from their electronic patient records."],
  [
    "systems-offline",
    2,
    "Staff had no access to the systems, have no access to records, with no network access to its servers, left with no access to IT, there is no access to the network.",
  ],
  [
    "systems-offline",
    3,
    "It affected connectivity, disrupted internet access, lost network access, loss of connectivity, cut connectivity, knocked out internet access.",
  ],
  ["systems-offline", 3, "Connectivity at two sites was badly affected, and network access has been cut."],
  [
    "systems-offline",
    4,
    "Stopped staff from accessing systems, prevented them from using records, kept nurses from logging in, keeping doctors from getting into records.",
  ],
  [
    "systems-offline",
    6,
    "An IT outage, system failures, network shutdowns, computer blackouts, technology outage, phone outage, email outage.",
  ],
  [
    "paper-records",
    0,
    "Pen and paper, paper and pen, pencil and paper, paper records, paper-based charts, working on paper, recorded on paper.",
  ],
  [
    "paper-records",
    0,
    "Writing on paper, reverted to paper, returned to paper, resorted to paper, switched to paper, back to paper, moved to paper, turned to paper.",
  ],
  [
    "paper-records",
    0,
    "Falling back to paper, relied on paper, charting on paper, documented on paper, running on paper, operating on paper, done on paper, doing it on paper.",
  ],
  [
    "paper-records",
    0,
    "Do it on paper, does it on paper, did it on paper, carried on paper, take orders on paper, took notes on paper, handled on paper, logged on paper.",
  ],
  [
    "paper-records",
    0,
    "Processed on paper, issued on paper, keeping records on paper, kept on paper, tracked on paper, managed on paper, continued on paper, proceeding on paper.",
  ],
  [
    "paper-records",
    0,
    "Booked on paper, scheduled on paper, administered on paper, dispensed on paper, prescribed on paper, used paper, using paper forms on paper.",
  ],
  [
    "paper-records",
    0,
    "Manual processes, manually registration, switched to manual, went back to manual, fell back to manual, worked manually, done manually, completed manually.",
  ],
  [
    "paper-records",
    0,
    "By hand, handwritten notes, hand-written prescriptions, handwriting, offline documentation, downtime procedures, whiteboards.",
  ],
  [
    "services-closed",
    0,
    "It cannot take new patients, could not accept emergency patients, can't admit admissions, couldn't see outpatients, unable to treat patients.",
  ],
  [
    "services-closed",
    0,
    "Not able to see patients, stopped admitting patients, no longer taking in any inpatients, ceased treating patients.",
  ],
  [
    "services-closed",
    0,
    "Patients at some of its locations could not be seen, and in-patients were unable to be admitted.",
  ],
  [
    "services-closed",
    1,
    "Pharmacies could not dispense prescriptions; the pharmacy was unable to fill medicines; pharmacists no longer issued scripts.",
  ],
  [
    "data-leaked",
    0,
    "Published a chunk of it, posted a portion of them, leaked some of it, dumped part of it, released most of them, uploaded a small sample of it.",
  ],
];

describe("impact fixed phrases tried at their opening words", () => {
  const specs: Record<string, string> = {};
  for (const [type, grammar] of Object.entries(GRAMMARS))
    grammar.phrases.forEach((p, i) => {
      if (p.open !== undefined) specs[`${type}:${i}`] = p.open;
    });
  const table = openingWords(specs);
  it("has sentences for every phrase with opening words", () => {
    expect(new Set(PHRASE_SENTENCES.map(([type, i]) => `${type}:${i}`))).toEqual(new Set(Object.keys(specs)));
  });
  it.each(PHRASE_SENTENCES)("%s %i: %s", (type, i, text) => {
    const re = GRAMMARS[type].phrases[i]!.re;
    const whole = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    const tried = matchesOpening(re, stickyOf(re), text, table.find(text), table.bit[`${type}:${i}`]!);
    expect(whole.length).toBeGreaterThan(0);
    expect(tried.map((m) => [m.index, m[0]])).toEqual(whole);
  });
});
