// Number of people affected: "1.2 million patients", "records of 500,000 people", "9.7m Australians", "over one million records".
import { wordGates } from "./cue-gate";
import { COUNT_SOURCE, figureMatches, lowerOpeningNumber, numberSearchStart, parseNumber } from "./numbers";
import type { Sentence } from "./text";
import { phrases } from "./cue-list";

// Head-counts are read case-sensitively (a capitalised word before the noun is a name: "9.7m Australians"). A figure
// hyphened to a word is part of a name ("Covid-19 patients"), not a count.
const PEOPLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$£€]|\p{L}-)(?<num>${COUNT_SOURCE})\+?\s+(?:(?:current|former|past|present|enrolled|registered|active|existing|insured|eligible|and|or|affected|impacted|potentially|additional|unique|individual|adult|young|elderly|older|vulnerable|blood|donor|\p{Lu}[\p{L}\-.]*|of (?:its|their|the|our|those|these)(?:\s+[\p{L}-]+(?:'s?)?)?(?:\s+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:million|m))?)?|more|other|health|insurance|plan)\s+){0,3}(?<noun>patients|people|persons|individuals|customers|members|records|residents|users|clients|volunteers|donors|applicants|consumers|citizens|Australians|Americans|Canadians|Britons|Indians|Singaporeans|New Zealanders|South Africans|Indonesians|Filipinos|Malaysians|Koreans|Japanese|Brazilians|Mexicans|Colombians|Chileans|Argentines|Peruvians|Germans|Italians|Spaniards|Norwegians|Swedes|Danes|Finns|Poles|Czechs|Romanians|Croatians|Israelis|Nigerians|Kenyans|Pakistanis|Thais|women|children|mothers|policyholders|enrollees|beneficiaries|employees|staff members|staff|workers|patient records|health records|medical records|(?:patient|medical|health) files|Social Security numbers)\b`,
  "gu",
);
// A count written after its noun or with no noun at all, read only in breach sentences: "the number of affected patients
// stands at 62,000", "patients affected: 3,200", "exposed the data of 1.3 million", "a breach affecting roughly 410,000",
// and the answer to an unanswered "how many": "did not say how many people were affected, but filings add up to 1.6
// million".
// A bare figure needs thousands or a scale and nothing noun-like after it, so neither "in 2023" nor "23 hospitals" counts.
const NOUNS = String.raw`patients|people|persons|individuals|customers|members|records|residents|users|clients|donors|consumers|citizens|employees|staff|workers`;
const BIG = String.raw`\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:[.,]\d+)?\s?(?:million|mln|m)(?![a-z])`;
const ABOUT = String.raw`(?:(?:about|around|roughly|approximately|some|nearly|almost|more than|over|up to|at least) )?`;
const LATE_COUNT = new RegExp(
  String.raw`\b(?:number|total|count) of (?:\S+ ){0,2}?(?:${NOUNS})\b(?: \S+){0,9}? (?:is|was|stands at|stood at|reached|rose to|(?:has |had |have )?(?:risen|grown|climbed|increased|jumped) to|totals|totalled|totaled|at) ${ABOUT}(?<after>${BIG})|\b(?:${NOUNS}) affected(?: \S+){0,8}?: ${ABOUT}(?<colon>${BIG})|\b(?:number|total|count|tally) affected (?:(?:is|was|stands|stood|now) ){0,2}(?:at|to) ${ABOUT}(?<put>${BIG})|\b(?:affect(?:ed|ing|s)?|impact(?:ed|ing|s)?|exposed|compromised|notif(?:ied|ying|ies)|(?:data|information|records|details) (?:of|on|belonging to)) ${ABOUT}(?<bare>${BIG})(?=\s*(?:[.,;:)]|$)|\s(?:in|across|from|after|since|according)\b)|\bhow many (?:${NOUNS})\b[^.;]{0,100}?\b(?:add(?:s|ed)? up to|put (?:the|that|its) (?:figure|number|total|count|tally) at|(?:the )?(?:figure|number|total|count|tally) (?:is|was|stands at|stood at)|total(?:s|led|ed)?|c(?:ome|omes|ame) to) ${ABOUT}(?<how>${BIG})`,
  "gi",
);
// A head-count revised: "raised that figure to 11,500", "revised the number of patients affected upward to 21,000".
const REVISED = new RegExp(
  String.raw`\b(?:raised|revised|increased|updated|lifted|upped|raises|revises|increases|updates|lowered|cut)\s+(?:(?:that|the|this|its|their)\s+)?(?:\S+\s+){0,4}?(?:figure|number|count|total|estimate|tally)\s+(?:of\s+(?:\S+\s+){1,3}?)?(?:upward\s+|upwards\s+|downward\s+)?to\s+${ABOUT}(${BIG})`,
  "i",
);
// A count set against the one it corrects: "about 10,000 patients, not 16 million as the hackers claimed", "3,200
// members rather than the 32,000 first reported". It replaces the figure it rejects, as a revision does.
const CORRECTS_AFTER = new RegExp(
  String.raw`^\s?,?\s+(?:(?:and\s+)?not\s+(?:the\s+)?${ABOUT}(?:${BIG})(?:\s+(?:${NOUNS}))?,?\s+as\b|(?:rather than|instead of)\s+(?:the\s+)?${ABOUT}(?:${BIG}))`,
  "i",
);
// Cheap test before LATE_COUNT: a figure with thousands or a scale.
const LARGE_FIGURE = /\d,\d{3}|\d\s?(?:million|mln|m)\b/i;
const CUE = phrases([
  String.raw`affect\w*`,
  String.raw`impact\w*`,
  String.raw`notif\w*`,
  String.raw`expos\w*`,
  String.raw`st(?:ole|olen)`,
  String.raw`breach\w*`,
  String.raw`compromis\w*`,
  String.raw`access\w*`,
  String.raw`leak\w*`,
  String.raw`hack\w*`,
  String.raw`attack\w*`,
  String.raw`cyber\w*`,
  String.raw`snoop\w*`,
  String.raw`viewed`,
  String.raw`told`,
  String.raw`letters?`,
  String.raw`data (?:of|on|belonging)`,
  String.raw`information (?:of|on|about|belonging)`,
  // "had reached the personal details of 9.7 million Australians": the details of people are their data.
  String.raw`details (?:of|on|about|belonging)`,
  String.raw`records (?:of|belonging)`,
  // "looked through the files of 14 patients": a person's files are their data, as their records are.
  String.raw`files (?:of|on|belonging)`,
  String.raw`belonging to`,
  String.raw`involv\w*`,
  String.raw`caught up`,
  String.raw`swept up`,
  String.raw`taken`,
  String.raw`t(?:ook|heft)`,
  String.raw`claim\w*`,
  String.raw`hold\w*`,
  String.raw`held`,
  String.raw`obtain\w*`,
  String.raw`exfiltrat\w*`,
  String.raw`publish\w*`,
  String.raw`posted`,
  String.raw`dump\w*`,
  String.raw`sold`,
  String.raw`sale`,
]);
const NOT_AFFECTED = phrases([
  String.raw`serv(?:es|ing|e)`,
  String.raw`home to`,
  // "employs 4,000 people"; not "an employee copied the data of 547,000 customers", whose figure is who was hit.
  String.raw`employ(?:s|ed|ing)?`,
  String.raw`population`,
  String.raw`beds`,
  String.raw`treats?`,
  String.raw`cares? for`,
  String.raw`cover(?:s|ing)?`,
  String.raw`catchment`,
]);
// Records that cover people count them ("1.2 million records covering 550,000 donors", "the files cover 50,000"), unlike an insurer that covers
// its members ("covers 400,000 members", NOT_AFFECTED).
// A clause after the data or where it was taken from covers them too ("data was taken from its servers, covering up to
// 40,000 patients").
const DATA_COVERING =
  /\b(?:(?:records|files|data|entries|rows|database|backup|details|information)\s+(?:\S+\s+)?|(?:records|files|data|database|servers?|systems?|network),\s+)cover(?:s|ed|ing)?\s+(?:about |around |some |roughly |more than |over |nearly |almost |up to |at least )?$/i;
// The size of an organisation rather than who was hit: "which has 30,000 employees", "a workforce of 4,000".
const SIZE_BEFORE =
  /\b(?:(?:which|that|it|who) (?:has|have|had)|with|workforce of)\s+(?:about |around |some |roughly |more than |over |nearly |almost )?$/i;
// A sample the attackers show as proof is not the count of those hit: "posted a sample of 100,000 records".
const SAMPLE_BEFORE =
  /\b(?:sample|samples|teaser|excerpt|preview) of\s+(?:about |around |some |roughly |more than |over |nearly |almost )?$/i;
// Staff that an organisation has are its size, whatever its subject: "the hospital has 2,400 staff and 350 beds".
const HAS_BEFORE = /\b(?:has|have|had)\s+(?:about |around |some |roughly |more than |over |nearly |almost )?$/i;
const STAFF = /^(?:employees|staff|staff members|workers)$/;
// A rate is a size too: "treats 300,000 patients a year".
// People who did the harm, not who suffered it: "8 employees fired for snooping", "two workers who accessed records".
const PERPETRATORS_AFTER =
  /^\s*(?:(?:at|of|from|in) (?:\S+ ){1,6}?)?(?:(?:were|was|have been|has been|had been|got|have|has|had) )?(?:lost (?:their|his|her) jobs?|fired|dismissed|sacked|disciplined|terminated|let go|charged|arrested|convicted|sentenced|(?:who|that) (?:had )?(?:improperly |inappropriately |wrongly |illegally )?(?:accessed|viewed|snooped|looked))\b/i;
// People an organisation acted against are the perpetrators: "has fired eight employees who it alleges snooped", and in
// a headline's present "Hospital fires 8 staff over snooping", and a plan's "is taking steps to fire at least 13 employees".
const PERPETRATORS_BEFORE =
  /\b(?:fire[ds]?|dismiss(?:ed|es)?|sack(?:ed|s)?|disciplin(?:e|ed|es)|suspend(?:ed|s)?|terminat(?:e|ed|es)|charge[ds]|arrest(?:ed|s)?|convict(?:ed|s)|let go)\s+(?:(?:the|its|their)\s+)?(?:(?:at least|more than|about|some|nearly|almost|over|up to)\s+)?$/i;
// Customers or clients said to be organisations are no head-count: "1,500 customers were affected, none of them
// hospitals", "640 clients, mostly dental practices", "none of the 1,500 affected clients were hospitals".
const CLIENT_NOUN = /^(?:customers|clients)$/;
const ORGANISATIONS_AFTER =
  /^[^.;]{0,60}?(?:\b(?:none|all|most|many|some|several|few|half|each|one|two|three)(?: \S+)? of (?:them|which|these|those)(?: (?:were|are|being))?|\b(?:mainly|mostly|chiefly|largely|primarily|including|such as|among them)|^\s+(?:were|are)(?: (?:not|all|mostly|mainly|largely))?) (?:\S+ ){0,3}?(?:hospitals|clinics|practices|pharmacies|organi[sz]ations|companies|providers|facilities|businesses|health systems|physician groups|firms|laboratories|labs|nursing homes|surgeries)\b/i;
// The sources of a report, not the people it is about: "according to two people familiar with the matter".
const SOURCES_AFTER = /^\s*(?:familiar with|briefed on|with (?:direct |first-hand )?knowledge of|close to the)\b/i;
// A total stated as one ("12,340 people in total", "totalling 12,340") outranks the parts before it.
const TOTAL_BEFORE =
  /\b(?:totall?ing|a total of|in total|altogether|combined|overall|in all)\s+(?:about |around |some |roughly |more than |over |nearly |almost )?$/i;
const TOTAL_AFTER = /^\s*(?:in total|in all|altogether|combined|overall)\b/i;
// Records (Social Security numbers among them, one a record) are not people: a count of them gives way to a count of the people told of the breach or hit by it ("sent
// letters to 5.8 million individuals", "800 patients were affected"), not of any people ("300 people called").
const RECORDS_NOUN = /records|files|numbers/;
const TOLD_BEFORE =
  /\b(?:notif\w+|letters to|writ\w+ to|told|telling|alert\w+|inform\w+)\s+(?:about |around |some |roughly |more than |over |nearly |almost |approximately |an estimated )?$/i;
const HIT_AFTER =
  /^,?\s*(?:(?:were|was|have been|has been|had been|are|is|may have been) )?(?:potentially )?(?:affected|impacted)\b/i;
const RATE_AFTER = /^\s*(?:a|per|each|every) (?:year|month|week|day)\b|^\s*(?:annually|yearly)\b/i;

// "no patients were affected", "dummy data": the figures describe nobody.
const NOBODY =
  /\bno (?:real |actual )?(?:patients?|people|persons|individuals|customers|members|donors)(?:'s?)? (?:(?:data|information|records) )?(?:were|was|have been|has been|had been) (?:affected|impacted|compromised|exposed|involved)\b|\b(?:dummy|fake|synthetic|fictitious) (?:data|records)\b/i;
// Totals over many victims of one campaign ("across 2,600 organisations", "all victims of the MOVEit attacks").
const CAMPAIGN =
  /\b(?:across|among|from|at) (?:more than |over |nearly |almost |about |some |at least )?[\d,]+ (?:other |different |separate )?(?:organi[sz]ations|companies|entities|victims|firms|hospitals|providers|businesses|institutions)\b|\b(?:all|every) (?:of (?:the|its) )?(?:victims|organi[sz]ations|companies|entities)\b|\b(?:mass|global|worldwide) (?:exploitation|hacking campaign|campaign)\b/i;

// The words CUE, PEOPLE's nouns, NOBODY and CAMPAIGN cannot match without (see cue-gate.ts; keep them in step).
const GATES = wordGates({
  cue: "affect* impact* notif* expos* stole stolen breach* compromis* access* leak* hack* attack* cyber* snoop* viewed told letter letters data information details records files belonging involv* caught swept taken took theft claim* hold* held obtain* exfiltrat* publish* posted dump* sold sale",
  nobody: "no dummy fake synthetic fictitious",
  noun: "patients people persons individuals customers members records residents users clients volunteers donors applicants consumers citizens australians americans canadians britons indians singaporeans zealanders africans indonesians filipinos malaysians koreans japanese brazilians mexicans colombians chileans argentines peruvians germans italians spaniards norwegians swedes danes finns poles czechs romanians croatians israelis nigerians kenyans pakistanis thais women children mothers policyholders enrollees beneficiaries employees staff workers files social",
  campaign:
    "organisations organizations companies entities victims firms hospitals providers businesses institutions exploitation campaign",
});

function sinceLastDigit(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return text.slice(i + 1);
  }
  return text;
}

/** A head-count and the span that states it. */
export interface PeopleCount {
  count: number;
  significant: number;
  start: number;
  end: number;
  sentence: Sentence;
}

/** People affected by this incident: the first figure in a breach sentence, replaced by a more precise figure within 10 %
 *  (from any sentence: "half a million donors were exposed ... records for 550,000 donor applicants"). */
export function extractPeople(sentences: Sentence[]): PeopleCount | null {
  const stated: PeopleCount[] = [];
  let total: PeopleCount | null = null;
  const refiners: PeopleCount[] = [];
  let revised: PeopleCount | null = null;
  let organisations: Set<number> | undefined;
  const recordCounts = new Set<PeopleCount>();
  let firstPerson: PeopleCount | null = null;
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate) continue;
    const hits = GATES.hits(s);
    // A stated absence ("no patients were affected", "the records were dummy data") leaves no count to report.
    if (hits & GATES.bit.nobody && NOBODY.test(s.text)) return null;
    if (numberSearchStart(s) < 0) continue;
    if (hits & GATES.bit.campaign && CAMPAIGN.test(s.text)) continue;
    // "it raised that figure to 11,500": a count revised later replaces the one it revises.
    const revision = LARGE_FIGURE.test(s.text) ? REVISED.exec(s.text) : null;
    const revisedTo = revision ? parseNumber(revision[1]!) : null;
    if (revision && revisedTo && Number.isInteger(revisedTo.value))
      revised = {
        count: revisedTo.value,
        significant: revisedTo.significant,
        start: s.start + revision.index,
        end: s.start + revision.index + revision[0].length,
        sentence: s,
      };
    const breach = !!(hits & GATES.bit.cue) && CUE.test(s.text);
    if (breach && LARGE_FIGURE.test(s.text)) {
      LATE_COUNT.lastIndex = 0;
      for (let m = LATE_COUNT.exec(s.text); m; m = LATE_COUNT.exec(s.text)) {
        const g = m.groups!;
        const n = parseNumber((g.after ?? g.colon ?? g.put ?? g.bare ?? g.how)!);
        if (!n || n.value < 1 || !Number.isInteger(n.value)) continue;
        const end = m.index + m[0].length;
        stated.push({
          count: n.value,
          significant: n.significant,
          start: s.start + m.index,
          end: s.start + end,
          sentence: s,
        });
      }
    }
    if (!(hits & GATES.bit.noun)) continue;
    // PEOPLE opens on its figure: it is tried where one can open (numbers.ts).
    for (const m of figureMatches(PEOPLE, s, lowerOpeningNumber(s.text))) {
      // Read back only to the figure before this one: its own words ("4,000 staff and treats") do not describe this one.
      // A semicolon closes the words of the figure before ("350 beds; the data of 11,000 patients").
      const near = sinceLastDigit(s.text.slice(Math.max(0, m.index - 40), m.index));
      const before = near.slice(near.lastIndexOf(";") + 1);
      if (
        (NOT_AFFECTED.test(before) && !DATA_COVERING.test(before)) ||
        SIZE_BEFORE.test(before) ||
        SAMPLE_BEFORE.test(before) ||
        (STAFF.test(m.groups!.noun!) && HAS_BEFORE.test(before)) ||
        RATE_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 16))
      )
        continue;
      const rest = s.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      if (PERPETRATORS_AFTER.test(rest) || SOURCES_AFTER.test(rest) || PERPETRATORS_BEFORE.test(before)) continue;
      const n = parseNumber(m.groups!.num!);
      if (!n || n.value < 1 || !Number.isInteger(n.value)) continue;
      // The same figure of customers said elsewhere to be organisations counts no one wherever it stands (see below).
      if (
        CLIENT_NOUN.test(m.groups!.noun!) &&
        ORGANISATIONS_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 110))
      ) {
        (organisations ??= new Set()).add(n.value);
        continue;
      }
      const count = {
        count: n.value,
        significant: n.significant,
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        sentence: s,
      };
      (breach ? stated : refiners).push(count);
      if (
        breach &&
        (rest.includes("not") || rest.includes("rather") || rest.includes("instead")) &&
        CORRECTS_AFTER.test(rest)
      )
        revised = count;
      if (breach && RECORDS_NOUN.test(m.groups!.noun!)) recordCounts.add(count);
      else if (breach && (TOLD_BEFORE.test(before) || HIT_AFTER.test(rest))) firstPerson ??= count;
      if (
        breach &&
        !total &&
        (TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 16)))
      )
        total = count;
    }
  }
  // A figure of customers said to be organisations counts no one in any sentence.
  const orgs = organisations;
  const people = orgs ? (c: PeopleCount) => !orgs.has(c.count) : () => true;
  if (total && people(total)) return total;
  const kept = orgs ? stated.filter(people) : stated;
  if (revised && kept.length) return revised;
  // A count of people outranks a count of records stated before it: the attackers' "1.6M records" is not the "5.8
  // million individuals" the victim wrote to.
  const person = firstPerson && people(firstPerson) ? firstPerson : null;
  const first = (kept[0] && recordCounts.has(kept[0]) && person) || kept[0] || tableCount(sentences);
  if (!first) return null;
  let best = first;
  const floor = isFloor(first);
  for (const f of [...kept, ...refiners.filter(people)])
    if (
      f.significant > best.significant &&
      (Math.abs(f.count - first.count) <= 0.1 * first.count ||
        (floor && f.count > first.count && f.count <= FLOOR_REACH * first.count))
    )
      best = f;
  return best;
}

// A round figure given as a floor ("more than a million patients") is met by a precise one above it ("about 1.2
// million people were affected"), which says more; a floor that far below a figure is no statement of it.
const FLOOR_BEFORE = /\b(?:more than|over|at least|upwards of|in excess of)\s+(?:an?\s+)?$/i;
const FLOOR_REACH = 1.5;

function isFloor(c: PeopleCount): boolean {
  const at = c.start - c.sentence.start;
  return FLOOR_BEFORE.test(c.sentence.text.slice(Math.max(0, at - 20), at));
}

// A table of breaches, as trackers and regulators' portals print them: a header cell naming the head-count ("Patients
// affected", "Individuals affected") and, in the next row of as many cells, the figure under it.
const TABLE_HEADER =
  /^(?:(?:total |number of |no\. of )?(?:patients|individuals|people|persons|records|residents|customers|members) )?(?:affected|impacted|notified)$/i;
const cellsOf = (t: string) => {
  const cells = t.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
  return cells.map((c) => c.trim());
};
function tableCount(sentences: Sentence[]): PeopleCount | null {
  let column = -1;
  let width = 0;
  for (const s of sentences) {
    if (s.background || s.generic || s.text.indexOf("|") < 0) continue;
    const cells = cellsOf(s.text);
    if (cells.length < 3) continue;
    const header = cells.findIndex((c) => TABLE_HEADER.test(c));
    if (header >= 0) {
      [column, width] = [header, cells.length];
      continue;
    }
    if (column < 0 || cells.length !== width) continue;
    const cell = cells[column]!;
    const n = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(cell) ? parseNumber(cell) : null;
    if (!n || n.value < 1) continue;
    const at = s.text.indexOf(cell);
    return {
      count: n.value,
      significant: n.significant,
      start: s.start + at,
      end: s.start + at + cell.length,
      sentence: s,
    };
  }
  return null;
}
