import { afterEach, describe, expect, it } from "vitest";
import { VICTIM_TYPES, type VictimType } from "../../src/model/entities";
import { openEveryGate } from "../../src/extract/cue-gate";
import { VICTIM_TYPE_CUES, VICTIM_TYPE_OPENINGS } from "../../src/extract/data/org-cues";
import { matchesOpening, openingWords, stickyOf } from "../../src/extract/opening-words";

describe("where each pattern of a family can open", () => {
  const table = openingWords({ said: "the said", demand: "demand* #", sum: "999" });
  const { said, demand, sum } = table.bit;
  afterEach(() => openEveryGate(false));
  it.each([
    ["The hospital said it", [0, said, 13, said]],
    ["Demands of 40 and 999 calls", [0, demand, 11, demand, 18, demand | sum]],
    ["redemand the_said 4th", [18, demand]],
    ["THE\u00e9demand", [0, said, 4, demand]],
    ["Nothing here.", []],
    ["the \u017fame", null],
    ["4 \u212aB said", null],
  ])("%j", (text, expected) => {
    expect(table.find(text)).toEqual(expected);
  });
  it("reads the text whole when every gate is open", () => {
    openEveryGate(true);
    expect(table.find("the hospital said")).toBeNull();
  });
  it("refuses a word that is not lower-case letters or digits", () => {
    expect(() => openingWords({ x: "The" })).toThrow();
    expect(() => openingWords({ x: "a*" })).toThrow();
  });
});

// Sentences naming each victim type's cues, every phrase of VICTIM_TYPE_CUES at least once (and the hospital cues' other
// languages): tried only at their opening words, the cues must give what a scan of the whole sentence gives.
const CUE_SENTENCES: Record<VictimType, string[]> = {
  hospital: [
    "Two hospitals and the health system (a healthsystem too) were hit; it has about 1,200 inpatient beds.",
    "The medical center, Kingsbridge University Medical Centre and a Children's Medical Centre, with the NHS foundation trust.",
    "The health board, its hospital group, a trauma centre, the teaching hospital and a referral hospital said so.",
    "A health network, the healthcare network, acute care and emergency rooms, the Hôpital and the hopital too.",
    "The university clinic, a health region, the health alliance, regional medical and an academic medical center.",
    "CHU de Rennes, the centre hospitalier, the Uniklinik, the Universitätsklinik and Universitaetsklinik Ulm.",
    "Krankenhaus Nord, Ysbyty Gwynedd, the ospedale, Casa di Cura X, the azienda ospedaliera, a hospitalario.",
    "Hospices Civils de Lyon, Assistance Publique, the Health Service Executive and a ziekenhuis.",
    "Das Klinikum, die Kliniken and the Universitätsklinikum said that it had 300 beds.",
  ],
  "cosmetic-surgery": ["A cosmetic surgery clinic, plastic surgeons, an aesthetic clinic and cosmetic procedures."],
  clinic: [
    "Clinics, the klinik, medical practices, an oncology practice, cancer associates and pain groups.",
    "An ob-gyn practice, OBGYN group, Paediatrics and Gynaecology associates, women's health practice.",
    "Audiology, audiologists, hearing care, hearing centres, orthopaedic surgeons, orthopedics, physician groups.",
    "Fertility, an eye clinic, outpatient centres, a specialist practice, urgent care, the medical group.",
    "An orthopedic clinic, physical therapists, physiotherapy, chiropractors, rehabilitation centres, opticians.",
    "Optometrists, ophthalmology, eye care, Spine Specialists, Retina Associates, dialysis, kidney care.",
    "Walk-in centres, ambulatory surgery centers, a surgical centre and a cancer center (not a university clinic).",
  ],
  "primary-care": [
    "A GP surgery, GP federations, general practitioners, family doctors, family medicine, family care.",
    "The practice of Dr Li, a doctor's surgery, a physician's office, the GP's practice, primary care, primary health.",
    "Community health centers, a medical centre, federally qualified centres, polyclinics and a health centre.",
  ],
  dental: [
    "Dental practices, dentists, dentistry, Tandvård, tandvard, tandarts, Zahnarztpraxis, Zahnklinikum, orthodontics.",
    "A dental imaging centre, dental X-rays and a dental group.",
  ],
  pharmacy: ["Pharmacies, a pharmacy, pharmacists, drugstores, chemists and a pharmacy benefit manager."],
  laboratory: [
    "Laboratories, diagnostic labs, pathology, blood testing, testing labs, clinical labs and a medical lab.",
    "The largest provider of diagnostic testing, a clinical laboratory testing company and a medical testing firm.",
  ],
  imaging: [
    "Tele-radiology, teleradiology, radiology, imaging, radiologists, MRI centres, mobile MRI, diagnostic scanning, PACS.",
  ],
  "mental-health": [
    "Mental health, addiction treatment, substance use disorder, behavioural health, psychiatric, psychotherapy, counselling service.",
    "A child guidance center, the guidance clinic and Guidance Services for Children.",
  ],
  "care-home": [
    "Nursing homes, care homes, long-term care, assisted-living, skilled nursing facilities, senior care, memory care.",
    "Homecare, home care, social care, senior living, aged care, retirement homes, hospices and home health.",
  ],
  ambulance: [
    "Ambulance services, the ambulance, EMS agencies, county EMS, fire and EMS, paramedics, the 999 service.",
    "NHS 111 services, 111 call handlers, 911 dispatch and emergency medical services.",
  ],
  insurer: [
    "Health insurers, health insurance, insurers, health plans, dental benefits, vision plans, payers, medical billing.",
    "Billing services, a claims processor, billing and coding for, revenue cycle, health maintenance organizations, HMOs.",
    "Managed care organizations, Medicaid plans and Medicare Advantage insurers.",
  ],
  "health-it-vendor": [
    "A software vendor, an IT services provider, a technology company, the EHR vendor, electronic health records (EHR) firm.",
    "The company that runs electronic health record systems, a firm which sells EHR software to clinics.",
    "A health IT company, an NHS vendor, the vendor, a supplier, a healthcare AI startup, artificial intelligence firm.",
    "A clearinghouse, clearing house, payment processing platform, managed service provider, cloud hosting provider.",
    "Web hosting vendor, data hosting company, third-party vendor, healthcare technology giant, claims processing.",
    "A healthtech company, shared services, care management software, software platforms, e-prescription networks.",
    "Eprescribing software, a medical transcription firm, telehealth platforms, scheduling platform, e-prescribing platforms.",
  ],
  "pharma-medtech": [
    "A pharmaceutical company, pharmaceuticals, biopharma firm, pharma giant, suppliers of medical equipment.",
    "Makers of insulin pumps, surgical supplies distributors, drugmakers, drug makers, a drugmaker, medical device maker.",
    "A biotechnology company, biotech firm, vaccine maker, manufacturer of implants, medical technology group, medtech firm.",
    "An equipment supplier, mobility equipment distributors, but not an IT equipment supplier.",
  ],
  "public-health": [
    "The department of health, ministry of health, health ministry, a health department, public health agency, health agency, state health.",
  ],
  research: [
    "A research institute, clinical trials, medicines research, contract research and a pharmacology specialist.",
  ],
  "other-healthcare": [
    "A healthcare organisation, health care provider, healthcare provider, medical firm, blood banks, plasma collectors.",
    "Organ procurement organizations and an organ donor network.",
  ],
};

describe("victim-type cues tried at their opening words", () => {
  const table = openingWords(VICTIM_TYPE_OPENINGS);
  const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
  const cases = VICTIM_TYPES.flatMap((type) => CUE_SENTENCES[type].map((text) => [type, text] as const));
  it.each(cases)("%s: %s", (type, text) => {
    const re = VICTIM_TYPE_CUES[type];
    const whole = all(re, text);
    const tried = matchesOpening(re, stickyOf(re), text, table.find(text), table.bit[type]).map((m) => [m.index, m[0]]);
    expect(whole.length).toBeGreaterThan(0);
    // The hospital cues' "...klinik(um|en)" opens inside a word: victim-type.ts reads such a text whole.
    if (type === "hospital" && /klinik/i.test(text)) return;
    expect(tried).toEqual(whole);
  });
});
