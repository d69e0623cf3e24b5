import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { GRAMMARS, GROUP_OPENINGS } from "../../src/extract/impact";
import { matchesOpening, openingWords, stickyOf } from "../../src/extract/opening-words";

type Side = "nouns" | "after" | "before";
const HALT =
  "Clinics were cancelled, cancellations, staff sat idle, remained idle, postponed, stood down, standing down, rearranged, " +
  "are off, will resume, delayed, deferred, rescheduled, rebooked, put off, called off, calling off, held up, put on hold, " +
  "placed on pause, kept on ice, on hold, paused, halted, suspended, scrapped, stopped, cut back on, scaled back, pushed " +
  "back, moved, could not go ahead, couldn't be carried out, cannot proceed, can't take place, did not go ahead, didn't " +
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
    ],
    after: [HALT],
    before: [CANCEL],
  },
  "ambulance-diversion": {
    nouns: ["Patients, a patient, ambulances, emergency cases, expectant mothers, pregnant mothers, women in labour, babies, newborns, casualties."],
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
