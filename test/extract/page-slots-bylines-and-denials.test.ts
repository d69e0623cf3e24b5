// Whole-page classes found by the third series of page rewordings (unseen-bank-rw3-pages.ts), each rule on pages and
// sentences written for it: an "Advertisement" slot between paragraphs, a byline split from its date by a bar, a cyber
// cause ruled out past the lead, and a trade named without "firm" before the attack in a headline.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a bare 'Advertisement' line marks an ad slot: the paragraph after it is the story going on", () => {
  it.each<[string, string, string, string[]]>([
    [
      "the outage told after the slot",
      "Ravensmoor Hospital hit by cyber attack",
      "Ravensmoor Hospital in Leeds said a cyber attack was detected on Sunday.\n\nAdvertisement\n\nThe hospital's patient record system has now been offline for four days.",
      ["systems-offline"],
    ],
    [
      "the cancellations told after an upper-case slot",
      "Ferncastle clinic attack",
      "Ferncastle Clinic in Cork was hit by ransomware last week.\n\nADVERTISEMENT\n\nAll outpatient appointments were cancelled on Monday and Tuesday.",
      ["appointments-cancelled"],
    ],
  ])("%s", (_label, title, text, impact) => {
    expect(extract(title, text).impact).toEqual(impact);
  });

  it("a sponsored block still takes the line below it", () => {
    const e = extract(
      "Ravensmoor Hospital hit by cyber attack",
      "Ravensmoor Hospital in Leeds said a cyber attack was detected on Sunday.\n\nSponsored\n\nOur clinic went back to paper for a week after an attack: see how backups saved us.",
    );
    expect(e.impact).toEqual([]);
  });
});

describe("a byline split from its date by a bar is furniture, its agency's letters no place", () => {
  it.each<[string, string]>([
    ["a date, then the byline with an agency", "Published 3 March 2026 | By Health Reporter, PA"],
    ["the byline, then the date", "By Jo Reyes, PA | March 3, 2026"],
    ["an update time, then the byline", "Updated 09:14 GMT | By Samir Khan, PA"],
  ])("%s", (_label, byline) => {
    const e = extract(
      "Ambulance crews back on paper after attack",
      `${byline}\n\nCrews at Harrowgate Ambulance Service lost access to patient records after a cyber attack on a supplier.`,
    );
    expect(e.country).toBeNull();
  });

  it("a US city's state code after a comma is still read", () => {
    const e = extract(
      "Clinic hit by ransomware",
      "Brindle Family Clinic of Scranton, PA, said ransomware encrypted its servers on Friday.",
    );
    expect(e.country).toBe("US");
  });
});

describe("a sentence ruling out a cyber cause reports no incident, wherever it stands", () => {
  it.each<[string, string, string]>([
    [
      "a planned record-system switch, its denial fifth",
      "Hollins hospitals on paper for weekend system change",
      "Hollins Valley Health will turn off its patient record system on Friday night. Staff will use paper forms until Sunday. Some routine clinics move to next week. Visitors should use the east entrance. The trust said the downtime is planned and is not the result of a cyber attack.",
    ],
    [
      "a network fault, its denial late in the story",
      "Network fault hits Dunmore clinics",
      "Dunmore Health's clinics lost their phones on Tuesday morning. Patients were asked to book online. The phones came back by noon. Engineers replaced a faulty switch. There was no sign of a hack, the health board said.",
    ],
  ])("%s", (_label, title, text) => {
    expect(extract(title, text).relevant).toBe(false);
  });

  it("an attack told elsewhere in the story keeps it relevant", () => {
    const e = extract(
      "Hollins Valley Health hit by ransomware",
      "Hollins Valley Health said ransomware encrypted its servers on Friday. Staff are using paper forms. Some clinics are closed. Visitors should use the east entrance. There is no sign that hackers reached the maternity unit's systems, the trust said.",
    );
    expect(e.relevant).toBe(true);
  });
});

describe("a trade named without 'firm' before the attack in a headline is a non-health victim", () => {
  it.each<[string, string, string]>([
    [
      "a courier delaying vaccines to GPs",
      "Courier ransomware attack delays vaccine deliveries to GPs",
      "Pellham Freight says a ransomware attack has encrypted its routing systems, and GP surgeries say vaccine orders are two days late.",
    ],
    [
      "a water company whose outage moves a hospital's dialysis patients",
      "Water company ransomware attack forces hospital to boil water",
      "Tarn Water says ransomware encrypted its treatment systems; Tarn Community Hospital moved its dialysis patients.",
    ],
    [
      "a logistics company delaying hospital supplies",
      "Logistics cyber attack leaves hospitals short of gloves",
      "Marden Logistics says a cyber attack stopped its warehouse systems; several hospitals say glove deliveries have not arrived.",
    ],
  ])("%s: not relevant", (_label, title, text) => {
    expect(extract(title, text).relevant).toBe(false);
  });

  it("a hospital's HR hack is still the hospital's", () => {
    const e = extract(
      "Hospital HR hack exposes staff details",
      "Kestrel General Hospital said hackers stole staff records from its HR system.",
    );
    expect(e.relevant).toBe(true);
  });
});
