// Sentence-level scoping: which sentences speak about this incident, and which are background, generic or page furniture.
// Design note: news pages mix the incident with earlier attacks ("LockBit previously hit X"), with how gangs usually work
// ("the gang encrypts files until a ransom is paid") and with link lists. Each field reads facts from in-scope sentences
// first; the cue lists below are deliberately phrase-level so that one word such as "earlier" does not drop a sentence.
import { wordGates } from "./cue-gate";
import { isSpaceCode as isSpaceCodeImported } from "../lib/space-code";
import { wordCount, type Sentence } from "./text";
import { phrases } from "./cue-list";

export { clauseAround, frameCue, latestYear, type CueFrame } from "./clause";

// A local binding: the imported one is read through a module getter on every call in the per-character loop.
const isSpaceCode = isSpaceCodeImported;

// Written with single spaces; matched across any run of whitespace ("until a  ransom is paid").
const spaced = (re: RegExp) => new RegExp(re.source.replace(/ /g, String.raw`\s+`), re.flags);

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;

const BACKGROUND = spaced(
  phrases([
    String.raw`previously`,
    // "Unlike in the past, ..." contrasts the past with this incident, and "since November last year" runs up to now.
    String.raw`(?<!unlike )in the past`,
    // "... sued after a ransomware attack last year" dates the attack a follow-up retells; it names no other incident.
    // So does a regulator's or court's action told first: "has fined X after the data of 500,000 people was stolen last
    // year", "will take no further action against X over the publication of its data by the gang last year".
    // A notice told first dates the breach it tells of: "X is notifying 9,000 patients that an intruder reached its
    // billing server last year".
    String.raw`(?<!since (?:\w+ )?|(?:after|following) an? (?:[\w-]+ ){0,2}?(?:attack|cyberattack|breach|hack) |\b(?:fined|fines|penali[sz]ed|reprimanded|settled|sued|ruled|sentenced|no further action|notifying|notified|notifies|mailing letters|sending letters)\b[^.;:]{0,240})last year`,
    String.raw`(?:at the end|earlier|in the course) of last year`,
    // "... says it was hit by a cyberattack back in February" dates the attack just told, as "after an attack last year".
    String.raw`(?<!(?:attack|breach|hack|incident|intrusion) )back in (?:(?:19|20)\d\d|${MONTH})`,
    String.raw`previous(?:ly)? (?:victims?|attacks?|targets?)`,
    String.raw`other (?:victims|targets) (?:include|included|have included)`,
    // "Other companies hit by NotPetya, including ...": the campaign's other victims, not this one.
    String.raw`other (?:companies|organi[sz]ations|firms|businesses|hospitals|providers|victims) hit by`,
    // A roundup's turn to other stories: "In other news, the LockBit gang claimed ...".
    String.raw`in other news`,
    String.raw`has (?:also )?previously`,
    String.raw`had (?:earlier|previously|already) (?:attacked|hit|targeted|struck)`,
    String.raw`had earlier`,
    String.raw`also claimed (?:an?|the) (?:attack|incident|cybersecurity incident|breach)`,
    String.raw`also claimed responsibility for`,
    String.raw`(?:is|was|are|were) (?:best )?known for`,
    String.raw`is also known for`,
    String.raw`for example when`,
    String.raw`for instance when`,
    String.raw`a similar (?:data )?breach`,
    String.raw`had a similar`,
    String.raw`similar (?:attacks?|incidents?) (?:on|against)`,
    // Other bodies' attacks told as a class: "Other hospitals in the region have faced similar attacks."
    String.raw`(?:faced|suffered|seen|experienced|endured|been hit by|been targeted by) similar (?:\S+ )?(?:attacks|incidents|breaches)`,
    String.raw`the same group (?:also|carried out|was behind)`,
    String.raw`(?:before|prior to) (?:this|that), the`,
    String.raw`has a (?:criminal )?history of`,
    String.raw`in an earlier attack`,
    String.raw`an earlier attack on`,
    String.raw`a separate (?:attack|incident)`,
    String.raw`in a separate (?:attack|incident)`,
    String.raw`(?:in )?separate (?:attacks|incidents|breaches)`,
    String.raw`first appeared`,
    String.raw`went after .* before`,
    String.raw`the rule is often broken`,
    String.raw`after it hit`,
    String.raw`once hit`,
    String.raw`began operating`,
    String.raw`has been operating since`,
    String.raw`emerged in`,
    // A region's or sector's run of attacks announces other incidents: "Ontario has seen a string of attacks on clinics".
    // This attack dated by such a run tells the run: "The attack comes after a series of incidents at French hospitals
    // this year, including ransomware attacks that paralysed ...".
    String.raw`(?:seen|suffered|faced|experienced|endured|been hit by|c(?:omes|ame) (?:just |only )?after) an? (?:\S+ )?(?:string|series|spate|wave|rash|flurry) of (?:\S+ ){0,2}?(?:attacks|incidents|breaches|hacks|cyber-?attacks) (?:on|against|targeting|at|in|across)`,
    // Ransomware as a mass noun: "Hospitals across the country have been hit by a wave of ransomware this year."
    String.raw`(?:seen|suffered|faced|experienced|endured|been hit by) an? (?:\S+ )?(?:wave|spate|rash|flurry) of ransomware`,
  ]),
);
// This attack ranked against an earlier one is about the earlier one: "the most serious attack on the NHS since the 2017
// WannaCry outbreak, which hit a third of trusts". Behind its own gate of the ranking words.
const RANKED_SINCE = spaced(
  /\b(?:worst|biggest|largest|most (?:serious|significant|disruptive|damaging|severe))\b[^.;]{0,60}?\bsince (?:the )?(?:(?:19|20)\d\d\b|[\w-]+ (?:outbreak|attack|incident|hack|breach|cyber-?attack) (?:of|in) (?:19|20)\d\d)/i,
);
// A season or month opening the sentence, or a clause after a colon, dates another incident as "last year" does: "Last
// fall, Ryuk attacks disrupted care at hospitals in three states.", "Hospitals here are a frequent target: last August a
// gang knocked ...". Not inside a clause ("the attack on its network last fall", "last fall's ransomware attack" date
// this one), nor when the sentence points back at this incident ("Last fall X said appointments were moved because of
// the incident"). Apart from BACKGROUND: a look-behind in that alternation would be tried at every character.
const SEASON_OPENING = new RegExp(
  String.raw`(?:^\W{0,3}|[:;]\s+)last\s+(?:fall|autumn|spring|summer|winter|${MONTH})(?=[,\s])(?![^.;]*\b(?:the|this|that)\s+(?:incident|attack|breach|hack|cyberattack)\b)`,
  "i",
);
// The victim's own history: "its second incident in three years: in 2023 ...", "not the first time it was hit" ("for
// the second time in six months, a practice will close" reports the new incident, so "time" is not read). Apart from
// BACKGROUND, behind its own gate: "first" and "second" open too many sentences for the large pattern to run on them.
const OWN_HISTORY = spaced(
  phrases([
    String.raw`(?:second|third|fourth) (?:\S+ )?(?:attack|incident|breach|cyber-?\s?attack|hack) (?:(?:on|against|at|for|involving) (?:\S+ ){1,4}?)?(?:in|since|within) (?:\S+ ){0,2}?(?:years?|months?|decades?)`,
    // The noun left out after a possessive ("The incident is McLaren's second in a year: in 2023 ..."), only where the
    // sentence turns to the earlier one, so "The attack, its second in a year, took its phones offline" keeps its facts.
    String.raw`(?:'s|\u2019s|its|their) (?:second|third|fourth) (?:in|since|within) (?:\S+ ){0,2}?(?:years?|months?|decades?)(?=\s?[:;\u2014\u2013]|\s?, after\b)`,
    String.raw`not the first time`,
    // "It is not the first attack on a hospital in the region: in 2022 X ...": the sentence goes on to an earlier one.
    String.raw`not the first (?:\S+ )?(?:attack|incident|breach|cyber-?\s?attack|hack|victim)`,
  ]),
);
// A sentence comparing this attack with another is about the other: "The attack echoes the 2021 strike on X, which
// forced it to ...". Only with this attack as the subject, so a clause telling this attack keeps its sentence. Behind
// its own gate, apart from BACKGROUND, whose gate words open most sentences.
const COMPARED = spaced(
  /\b(?:echo(?:es|ed)|recall(?:s|ed)|mirror(?:s|ed)|resembl(?:es|ed)|(?:is|was) reminiscent of)(?<=\b(?:the (?:\S+ )?(?:attack|incident|breach|hack)|this|it) \S+(?: reminiscent of)?) (?:the |an? )?(?:\S+ ){0,3}?(?:attacks?|incidents?|breach(?:es)?|hacks?|strikes?)\b/i,
);
// A turn to another case for comparison is about the other case: "Compare that with Dunmore Hospital in May, where the
// gang posted scans", "Contrast this with X, which paid". Opening the sentence, its clause after a colon or a speaker's
// label ("KIM: Compare that with ..."). So is setting this one apart from another: "Which is a very different story
// from Vastaamo in Finland, where hackers stole therapy notes". Behind COMPARED's gate.
const COMPARE_WITH = spaced(
  /(?:^|:\s)\W*(?:(?:compare|contrast) (?:that|this|it|them) (?:with|to)\b|(?:which|that|this|it)(?: is|'s| was) (?:a )?(?:very |quite |completely |entirely |totally )?different (?:story|case|situation|picture|thing) (?:from|to|than)\b)/i,
);
// The outlet's own earlier stories, apart from BACKGROUND behind a gate of rare words: a podcast's or series' earlier
// instalment ("Last season we covered ...", "in a previous episode") and earlier reporting ("Our earlier reporting found
// that 14 hospitals paid").
const OUTLET_HISTORY = spaced(
  phrases([
    String.raw`last (?:season|episode)`,
    String.raw`(?:previous|earlier|past) episodes?`,
    String.raw`(?:earlier|previous|prior) (?:reporting|coverage)`,
  ]),
);
// An incident named as an example of a kind is not the one reported: "Brokers point to attacks like the 2024 one on
// Marden Vale Hospital", "breaches such as the attack on X". Behind its own gate of "like" and "such".
const EXAMPLE_OF_KIND = spaced(
  /\b(?:attacks|incidents|breaches|hacks|cases|events|losses|outages|disruptions) (?:like|such as) (?:the |that )?(?:\S+ ){0,2}?(?:one|ones|attack|incident|breach|hack|outage)s? (?:on|at|against|of)\b/i,
);

// An attack on another body at an earlier time, in either order: "Last month the Akira gang hit another hospital",
// "the group struck a different clinic weeks ago".
// "It comes weeks after RansomHub hit a neighbouring hospital" dates the other attack by this one.
// A season dates too: "last spring", "earlier this summer".
const EARLIER = String.raw`(?:last (?:week|month|spring|summer|autumn|fall|winter)|earlier this (?:year|month|week|spring|summer|autumn|winter)|(?:days|weeks|months) ago|the (?:week|month) before|c(?:omes|ame) (?:just |only )?(?:days|weeks|months|a (?:week|month|year)) after)`;
// Active ("hit another hospital") or passive ("Neighbouring Parkside Hospital, which was hit by ransomware").
const OTHER_BODY = String.raw`(?:hospital|clinic|health|provider|practice|trust|victim|organi[sz]ation|company|pharmacy|system)`;
const OTHER_TARGET = String.raw`(?:(?:hit|attacked|targeted|struck|breached|compromised) (?:another|a different|a separate|a neighbou?ring|a nearby|a rival) (?:\S+ ){0,2}?${OTHER_BODY}|(?:another|a different|a separate|neighbou?ring|nearby|a rival) (?:\S+ ){0,3}?${OTHER_BODY}\w*,? (?:which|that) (?:was|were|had been) (?:hit|attacked|targeted|struck|breached|compromised))`;
const EARLIER_OTHER_TARGET = spaced(
  new RegExp(String.raw`\b(?:${EARLIER}[^.;]{0,80}?\b${OTHER_TARGET}|${OTHER_TARGET}[^.;]{0,40}?\b${EARLIER})`, "i"),
);

// A sentence announcing other or earlier incidents ("It is not the first time ...", "Other hospitals have faced similar
// attacks."), and the dated opening of the account that follows it in its paragraph ("In 2021, a hospital in X said an
// attack by Conti ..."): that account is background too, though its own words name no earlier time.
const ANNOUNCES_OTHERS =
  /\bnot the first time\b|\b(?:similar (?:\S+ )?|(?:string|series|spate|wave|rash|flurry) of (?:\S+ ){0,2}?)(?:cyber-?)?(?:attacks|incidents|breaches)\b|\b(?:wave|spate|rash|flurry) of ransomware\b/i;
const DATED_PREFIX = String.raw`^\W*(?:back )?in (?:(?:early|late|mid-?)\s?)?`;
const DATED_START = String.raw`${DATED_PREFIX}(?:${MONTH} )?(?:19|20)\d\d`;
// DATED_START or a relative date ("Earlier this year"), under one anchor.
const DATED_PREFIX_OR_EARLIER = String.raw`^\W*(?:(?:back )?in (?:(?:early|late|mid-?)\s?)?(?:${MONTH} )?(?:19|20)\d\d|earlier this (?:year|month|week|spring|summer|autumn|winter))`;
// A dated opening that adds an attack to those told before it is another incident: "In 2020 an attack on X made
// headlines. In October 2023 hackers also paralysed Y."
const DATED_ALSO = new RegExp(
  String.raw`${DATED_START}\b[^.;]{0,60}?\balso (?:paraly[sz]ed|hit|struck|attacked|crippled|targeted|breached|encrypted)\b`,
  "i",
);
// Other bodies of the victim's kind as the subject, telling what they went through, announce their incidents: "Other
// health systems have had a hard year. In August, X diverted ambulances ...". "Have had to take in its patients" tells
// this one. Anchored, so a sentence not opening on "Other" costs one character.
const OTHERS_WENT_THROUGH =
  /^\W{0,2}other (?:[\w-]+ ){0,2}?(?:hospitals|health systems|health networks|providers|clinics|practices|trusts|insurers|health plans|pharmacies|(?:health ?care |medical )?(?:organi[sz]ations|companies|groups))(?: (?:in|across|around|of) [^,.;]{1,40}?)? (?:have|has) (?:also )?(?:had(?! to)|faced|suffered|endured|fared|weathered|seen)\b/i;
// Bodies of the victim's kind hit across a whole place announce their incidents too: "Hospitals across the country have
// been hit this fall. In September, X shut down ...". Anchored, as OTHERS_WENT_THROUGH.
const KIND_HIT_ACROSS =
  /^\W{0,2}(?:[\w-]+ )?(?:hospitals|health systems|health networks|providers|clinics|practices|trusts|insurers|health plans|pharmacies|(?:health ?care |medical )(?:organi[sz]ations|companies|groups)) (?:(?:across|around|throughout) (?:the )?(?:country|nation|state|region|US|U\.S\.|world)|nationwide|around the world) (?:have|has) (?:also )?been (?:hit|targeted|attacked|struck)\b/i;
// A count of bodies of the victim's kind hit tells their incidents, not this one: "This year alone, dozens of US
// hospitals and clinics have been hit, from a family practice that had to close to ...". Anchored, after at most a short
// time clause.
const MANY_OF_KIND_HIT =
  /^\W{0,2}(?:[^,.;]{1,30}, )?(?:dozens|scores|hundreds|several|many|at least \d+|more than \d+) (?:of )?(?:other )?(?:[\w-]+ )?(?:hospitals|health systems|clinics|practices|providers|insurers|pharmacies)(?: and (?:[\w-]+ )?(?:hospitals|health systems|clinics|practices|providers|insurers|pharmacies))? (?:have|has) (?:also )?been (?:hit|targeted|attacked|struck)\b/i;
// This attack set in a run of others announces them too, though the sentence itself tells this one: "The attack is one
// of several against Alabama hospitals this year.", "It was the latest in a string of attacks on clinics." Behind its own
// gate of rare words.
const ONE_OF_SEVERAL = spaced(
  /\b(?:is|was|are|were) (?:also |now )?(?:(?:just |only )?(?:one of|among) (?:several|a (?:string|series|spate|wave|rash) of)|the latest in a (?:string|series|spate|wave|rash) of)\b/i,
);
// Such a run told on after a colon or semicolon in the same sentence: "Its hospitals are among several in the region to
// be disrupted this year; in Ohio, X's data was posted by ...". The sentence holds no fact of this attack of its own.
const RUN_TOLD_ON = /[;:]\s+\S/;
function runToldOn(t: string): boolean {
  const m = ONE_OF_SEVERAL.exec(t);
  return !!m && RUN_TOLD_ON.test(t.slice(m.index + m[0].length));
}
// What a piece of news follows is a run of other attacks, told in the same sentence: "The advice follows several attacks
// that disrupted care, including the 2024 attack on X". Behind ONE_OF_SEVERAL's gate.
const FOLLOWS_SEVERAL = spaced(
  /\b(?:follows|followed|comes after|came after) (?:several|a (?:string|series|spate|wave|rash) of) (?:\S+ ){0,2}?(?:attacks|incidents|breaches|hacks|cyber-?attacks)\b/i,
);
// A year, or after such an announcement a month alone, dates the account that follows: "In 2023, ...", "In July, X was
// hit by ransomware" (a month with its year opens on the month).
// A sentence that says attacks like this one have come before announces the dated accounts after it: "It is not new.",
// "This is nothing new: in 2017, ...". Anchored, so a sentence opening otherwise costs a few characters.
const NOT_NEW =
  /^\W*(?:it|this|that|none of this|such attacks?|these attacks?|attacks like this)(?:'s|\u2019s| is| was| are| were) (?:not|nothing) new\b/i;
const DATE_OPENING = new RegExp(String.raw`${DATED_PREFIX}(?:${MONTH}|(?:19|20)\d\d)\b`, "i");
// A claim in a background clause opening on a recent time ("Earlier this year the Akira gang claimed an attack on a
// Florida billing company") is that other attack's too.
const RECENT_OPENING = /^\W*(?:earlier this|last) (?:year|month|week|spring|summer|fall|autumn|winter)\b/i;
// A dated opening whose subject is a body told indefinitely tells another body's incident, announced or not: "In 2023, a
// Hartford-area medical group told regulators that the LockBit gang had stolen data" (this incident's victim is named).
// A relative date opens it too: "Earlier this year a Melbourne cardiology practice had the files of 15,000 patients ...".
const DATED_OTHER_BODY = new RegExp(
  String.raw`${DATED_PREFIX_OR_EARLIER},? (?:a|an|another|one) (?:[\w-]+ ){0,3}?(?:hospital|clinic|health system|medical group|practice|provider|insurer|pharmacy|company|health network|trust|laboratory|lab|nursing home|dental (?:group|chain))s?\b`,
  "i",
);

// A dated opening that tells an attack on a body told indefinitely is another body's incident, this one's victim being
// named: "In 2023, the Akira gang claimed an attack on a Houston-area hospital", "Earlier this year hackers hit a clinic
// in Ohio".
const DATED_ON_OTHER_BODY = new RegExp(
  String.raw`(?:${DATED_START}|^\W*(?:earlier this|last) (?:year|month|week|spring|summer|fall|autumn|winter)\b),?[^.;]{0,60}?\b(?:attack|attacked|hit|struck|breached|targeted|encrypted|crippled|paralysed|paralyzed)(?: on| against)? (?:a|an|another) (?:[\w-]+ ){0,3}?(?:hospital|clinic|health system|medical group|practice|provider|insurer|pharmacy|health network|laboratory|lab|nursing home|company|firm|vendor)s?\b`,
  "i",
);
// Attacks told as having hit other bodies announce them, though no dated account follows yet: "Cyberattacks have forced
// other Texas hospitals onto diversion in recent years; in 2023, ...". Anchored, as OTHERS_WENT_THROUGH.
const ATTACKS_HIT_OTHERS =
  /^\W{0,2}(?:[\w-]+ )?(?:cyber-?\s?attacks|attacks|hacks|breaches|ransomware) (?:have|has) (?:also )?(?:forced|disrupted|hit|crippled|pushed|sent|left|struck|paralysed|paralyzed|targeted) (?:other|many|several|dozens of|scores of|hundreds of) /i;

// A dated opening whose subject is an attack told in the pluperfect is set before the story's own time, so it tells
// another incident: "In 2022, the attack on X, for which LockBit demanded ..., had already alarmed the authorities",
// "Only in September, an attack on Y had caused a sensation". Not where the "had" is reported ("In July, an attack the
// clinic said had ..."), nor a person's own history ("In May she had already been suspended").
const DATED_PLUPERFECT = new RegExp(
  String.raw`^\W*(?:(?:only|just|back|even) )?in (?:(?:early|late|mid-?)\s?)?(?:${MONTH}|(?:19|20)\d\d)\b,? (?:a|an|the|another) (?:[\w-]+ ){0,2}?(?:attack|cyber-?attack|breach|hack|intrusion)\b(?:(?!\b(?:said|says|say|told|tells|that|announced|confirmed|disclosed|reported|found|discovered|learned|learnt|revealed|noticed|realised|realized|believed|believes)\b)[^.;:]){0,120}?\bhad (?:already |also |previously |earlier )?(?:been|hit|struck|paid|caused|made|led|cost|brought|taken|put|left|shut|sent|\p{L}+ed)\b`,
  "iu",
);
// The attack told after the verb: "In 2021 the Region's booking portal had been knocked out by an attack attributed to X".
const DATED_PLUPERFECT_BY = new RegExp(
  String.raw`^\W*(?:(?:only|just|back|even) )?in (?:(?:early|late|mid-?)\s?)?(?:${MONTH}|(?:19|20)\d\d)\b(?:(?!\b(?:said|says|say|told|tells|that|announced|confirmed|disclosed|reported|found|discovered|learned|learnt|revealed|noticed|realised|realized|believed|believes)\b)[^.;:]){0,100}?\bhad (?:already |also |previously )?been (?:\S+ ){1,2}?by (?:an? |the )?(?:[\w-]+ ){0,2}?(?:attack|cyber-?attack|hack|ransomware|hackers)\b`,
  "iu",
);
const datedPluperfect = (t: string) => t.includes(" had ") && (DATED_PLUPERFECT.test(t) || DATED_PLUPERFECT_BY.test(t));

// Other events this attack is dated by, and bodies hit in the same days, are other incidents: another event it came
// after ("The attack came weeks after the Conti gang crippled the finance ministry"), a warning it followed, which is
// about attacks in general ("came days after federal agencies warned of an imminent threat of ransomware, citing a wave
// of attacks using Ryuk"), "X in Oregon and Y in New York were both hit by Ryuk that week". Behind their own gate of
// rare words.
const DATED_BY_THIS_ATTACK = spaced(
  phrases([
    String.raw`(?:the (?:\S+ )?(?:attack|incident|breach|hack|intrusion)|it|this) c(?:omes|ame) (?:just |only |barely |almost |nearly )?(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+) )?(?:days?|weeks?|months?|years?) after`,
    String.raw`c(?:omes|ame) (?:just |only )?(?:\S+ )?(?:hours|days|weeks|months) after (?:\S+ ){0,5}?(?:warned|issued (?:\S+ ){0,2}?(?:warning|advisory|alert)|alerted)`,
    String.raw`(?:was|were) (?:both |also |each )?(?:hit|struck|attacked|targeted)\b[^.;]{0,40}?\b(?:that|the same) (?:week|weekend)`,
    // "The breach follows two much larger ones at health insurers this year: X said ...": the others it follows.
    String.raw`(?:the (?:\S+ )?(?:attack|incident|breach|hack|intrusion)|it|this) (?:follows|followed) (?:\S+ ){0,4}?(?:ones|attacks|breaches|incidents|hacks|cyber-?attacks) (?:at|on|against|of)`,
  ]),
);

const GENERIC = spaced(
  phrases([
    // A relative clause's habit sorts its noun, it tells no habit of the sentence's: "patients who would normally come
    // by ambulance are being taken elsewhere", "operations that usually run on Mondays were cancelled".
    String.raw`usually(?<!\b(?:who|that)(?: would)? usually)`,
    String.raw`typically(?<!\b(?:who|that)(?: would)? typically)`,
    String.raw`generally`,
    // "operating normally", "stopped responding normally" state how systems run now, not a habit.
    // (The lookbehind follows the word, so it runs only where "normally" stands.)
    String.raw`normally(?<!(?:operat\w+|work\w*|function\w*|run\w*|continu\w*|proceed\w*|respond\w*|behav\w*|perform\w*|\bwho|\bthat|\bwho would|\bthat would) normally)`,
    String.raw`commonly`,
    String.raw`frequently`,
    String.raw`tends? to`,
    String.raw`(?:its|their|the group's|the gang's) (?:methods|tactics|usual pattern|modus operandi)`,
    // A habit told through one method: "Its usual method is to threaten ...", "their typical approach".
    String.raw`(?:its|their|the group's|the gang's) (?:usual|typical|customary) (?:methods?|tactics?|approach|practice|playbook|strategy|routine)`,
    String.raw`works? by`,
    String.raw`modus operandi`,
    String.raw`special(?:i)?ty (?:involves|is|includes)`,
    String.raw`involves stealing`,
    String.raw`(?:press|push|force|pressure)(?:es|ing)? (?:the )?victims?`,
    String.raw`the victim's network`,
    String.raw`(?:its|their) victims`,
    String.raw`victims into paying`,
    String.raw`until (?:a|the) ransom (?:is|has been) paid`,
    String.raw`unless (?:the victim pays|(?:its |their )?victims pay)`,
    // An indefinite payer is any victim: "threatens to publish unless a victim pays", "unless a company pays up".
    String.raw`unless an? (?:victim|target|company|organi[sz]ation|business) pays`,
    String.raw`every piece of data`,
    String.raw`is malicious software`,
    String.raw`ransomware attacks (?:normally|typically|usually|often)`,
    // A habit of attacks in general: "attacks on hospitals often force them to divert ambulances".
    String.raw`(?:often|routinely|regularly) (?:force|lead|leave|mean|cause|result|cripple|disrupt|shut|take|bring|knock)\w*`,
    // A loader's habit: "The trojan often reloads further malware, for example the ransomware Ryuk" names no group of
    // this attack.
    String.raw`(?:often|usually|typically|routinely|regularly) (?:(?:re)?(?:load|download|drop|install|deploy|deliver|spread)s?|paves? the way for|opens? the door (?:to|for))\b`,
    // A habit told in the passive: "groups that hit pipelines are often dismantled, as DarkSide was".
    String.raw`(?:are|get) (?:often|routinely|regularly) \w+(?:ed|en)`,
    // A method told in the habitual present, step after step: "the gang steals data and then demands payment".
    String.raw`(?:steals|encrypts|exfiltrates|copies) (?:\S+ ){0,4}?and then (?:demands|threatens|asks|charges|publishes|leaks|sells)`,
    // A trend of unnamed past attacks: "after a series of ransomware attacks in recent years disrupted care".
    String.raw`(?:series|string|spate|wave|rash|flurry) of (?:\S+ ){0,2}?(?:attacks|incidents|breaches|hacks) (?:\S+ ){0,4}?in recent (?:years|months)`,
    String.raw`hackers generally`,
    String.raw`attackers generally`,
    String.raw`criminals frequently`,
    String.raw`are known to`,
    String.raw`is known to`,
  ]),
);

// A definition of ransomware, apart from GENERIC behind its own gate: "ransomware" alone opens a sixth of all sentences.
const DEFINES_RANSOMWARE = spaced(phrases([String.raw`ransomware is (?:a|malicious)`]));
// A definition opening the sentence on the kind as an indefinite subject, what it does in the present, perhaps with its
// source between commas: "A ransomware attack, as the agency describes it, encrypts files ...". Anchored, so it costs a
// few characters per sentence that holds "ransomware".
const DEFINITION_OPENING = spaced(
  /^\W*(?:an? )?ransomware(?: attack)?(?:, (?:as|according to) [^,]{1,80},)? (?:encrypts|locks|blocks|scrambles|prevents|stops|holds|denies|works|makes|renders|is (?:a|an|malicious|when))\b/i,
);
// A tactic glossed where it is named: '"double extortion": stealing data, then demanding payment', "double-extortion
// attacks, in which a gang demands two payments". Behind its own gate of "double" and "triple".
const TACTIC_GLOSS = spaced(
  /\b(?:double|triple)[- ]extortion(?: (?:tactics?|schemes?|model|approach|attacks?|strategy))?["”’']?\s*(?::|\(|[—–]|, (?:in which|where|whereby)\b| (?:means|involves|refers to|is when|is where|is a)\b)/i,
);

const BOILERPLATE_LINE =
  /^(?:read more|related(?: news| articles| stories| coverage)?\b|also see|see also|more news|more (?:cybersecurity|security|health ?it) coverage|recommended|you may also like|sign up|subscribe|source link|source:|click|share|follow us|download|©|copyright|image(?: credit| source)?:|photo:|file photo|\(image|advertisement|close ad|menu\b|home »|filed under|posted\b|date \d{4}-\d\d-\d\d$)/i;

const BIO = phrases([
  String.raw`byline`,
  String.raw`reporter since`,
  String.raw`a (?:healthcare|health|staff|senior) (?:reporter|writer|editor)`,
  String.raw`editors? at`,
  String.raw`has covered`,
  String.raw`he covered`,
  String.raw`she covered`,
  String.raw`came to .* team`,
  String.raw`bachelor'?s`,
  String.raw`newsletter`,
  String.raw`terms and conditions`,
  String.raw`privacy policy`,
  String.raw`all rights reserved`,
]);

// Translated pages keep their own site's heading over such a list ("Lire aussi", "Mehr zum Thema", "Leggi anche", "Te
// puede interesar", "Veja também", "Läs också").
const LIST_HEADER =
  /^(?:more news|related|read more|read also|also read|also see|more (?:cybersecurity|security|health ?it)? ?coverage|recommended|latest|trending|popular|more from|from around the web|you may also like|(?:à )?lire aussi|mehr zum thema|leer más|lea también|leggi anche|more on (?:this|the) (?:story|topic)|see also|further reading|lesen sie (?:auch|mehr)|(?:à )?lire également|sur le même sujet|ver también|noticias relacionadas|leia também|lees ook|czytaj (?:też|także)|(?:también )?te puede interesar|puede interesarte|veja também|(?:ti )?potrebbe interessar(?:ti|e)|das könnte sie (?:auch )?interessieren|voir aussi|läs också|läs mer|les også|læs også|lue myös|lees meer|zobacz (?:też|także))(?![\p{L}])/iu;

// The words BACKGROUND, RANKED_SINCE, EXAMPLE_OF_KIND, GENERIC, DEFINES_RANSOMWARE, DEFINITION_OPENING, TACTIC_GLOSS and BIO cannot match without (see cue-gate.ts; keep them in step).
const GATES = wordGates({
  background:
    "previously past earlier back previous example instance similar history separate appeared went rule began operating emerged news string series spate wave rash flurry",
  ranked: "worst biggest largest serious significant disruptive damaging severe",
  compared:
    "echoes echoed recalls recalled mirrors mirrored resembles resembled reminiscent compare contrast different",
  example: "like such",
  history: "second third fourth first",
  oneOfSeveral: "several string series spate wave rash",
  outletHistory: "season episode episodes reporting coverage",
  generic:
    "usually typically generally normally commonly frequently often tend tends methods tactics usual typical customary modus work works speciality specialty involves press* push* force* victim victims until unless every malicious known routinely regularly steals encrypts exfiltrates copies series string spate wave rash flurry",
  definesRansomware: "ransomware",
  tacticGloss: "double triple",
  otherTarget: "another different separate neighbouring neighboring nearby rival",
  datedByThisAttack: "comes came warned alerted warning advisory alert week weekend follows followed",
  bio: "byline reporter writer editor editors covered came bachelor newsletter terms privacy rights",
});

// BACKGROUND's phrases whose words are each common alone, by the pair of words each needs ("last year", "other victims
// include", "after it hit", "before this, the", "the same group", "known for", "also claimed", "in other news", "had
// already attacked"): a sentence holding one word of a pair but not the other, as most do, is spared the pattern.
const BACKGROUND_PAIRS = wordGates({
  last: "last",
  year: "year",
  hit: "hit",
  hitWith: "other after once",
  before: "before prior",
  thisOrThat: "this that",
  same: "same",
  group: "group",
  known: "known",
  for: "for",
  claimed: "claimed",
  also: "also",
  include: "include included",
  other: "other",
  news: "news",
  already: "already",
  had: "had",
});
const PAIRS = ((b) => [
  [b.last, b.year],
  [b.hit, b.hitWith],
  [b.before, b.thisOrThat],
  [b.same, b.group],
  [b.known, b.for],
  [b.claimed, b.also],
  [b.include, b.other],
  [b.news, b.other],
  [b.already, b.had],
])(BACKGROUND_PAIRS.bit).map(([x, y]) => x! | y!);
// Whether the sentence holds a word BACKGROUND cannot match without: one of GATES' background words, or both of a pair.
function mayBeBackground(s: Sentence, hits: number): boolean {
  if (hits & GATES.bit.background) return true;
  const pairs = BACKGROUND_PAIRS.hits(s);
  for (const both of PAIRS) if ((pairs & both) === both) return true;
  return false;
}

/** Sets the `background`, `generic` and `boilerplate` flags of every sentence. */
export function classifySentences(sentences: Sentence[]): void {
  let inLinkList = false;
  let lastParagraph = -1;
  let last: Sentence | undefined;
  let storyBegun = false;
  let headline = "";
  let otherBodyParagraph = false;
  let announced = false;
  let inBody = false;
  for (const s of sentences) {
    const prev = last;
    last = s;
    const afterAnnouncement: boolean = announced && !!prev && prev.paragraph === s.paragraph;
    announced = false;
    const t = s.text;
    if (s.inTitle) headline += t;
    else if (s.paragraph !== lastParagraph) otherBodyParagraph = storyBegun && otherBodyOpens(t, headline);
    if (!storyBegun && !s.inTitle && endsOnStop(t)) storyBegun = true;
    const header = LIST_HEADER.test(t);
    // Words are counted only where a link list's bounds depend on them (a header, or a sentence while in a list).
    const words = header || inLinkList ? wordCount(t, 26) : 0;
    if (s.paragraph !== lastParagraph && !header && words > 25) inLinkList = false;
    lastParagraph = s.paragraph;
    if (header && words <= 8) {
      inLinkList = true;
      s.boilerplate = true;
      continue;
    }
    const linkItem = endsWithSourceTag(t) || (inLinkList && words <= 22 && !/[.!?]["”’]?$/.test(t));
    const hits = GATES.hits(s);
    s.boilerplate = linkItem || BOILERPLATE_LINE.test(t) || (!!(hits & GATES.bit.bio) && BIO.test(t));
    // A roundup's title names its topic, not this attack's kind.
    if (ROUNDUP_LABEL.test(t)) s.generic = true;
    if (!s.inTitle) {
      // The story's lead tells its own incident, however it is dated.
      const bodyBefore = inBody;
      inBody = true;
      const ownHistory = !!(hits & GATES.bit.history) && OWN_HISTORY.test(t);
      s.background =
        (mayBeBackground(s, hits) && BACKGROUND.test(t)) ||
        (!!(hits & GATES.bit.otherTarget) && EARLIER_OTHER_TARGET.test(t)) ||
        ownHistory ||
        (t.includes("ast") && SEASON_OPENING.test(t)) ||
        (!!(hits & GATES.bit.compared) && (COMPARED.test(t) || COMPARE_WITH.test(t))) ||
        (!!(hits & GATES.bit.ranked) && RANKED_SINCE.test(t)) ||
        (!!(hits & GATES.bit.example) && EXAMPLE_OF_KIND.test(t)) ||
        (!!(hits & GATES.bit.outletHistory) && OUTLET_HISTORY.test(t)) ||
        otherBodyItem(s, prev) ||
        otherBodyParagraph ||
        (!!prev?.background && THAT_ATTACK.test(t)) ||
        (!!prev?.background && prev.paragraph === s.paragraph && t.includes("there") && THERE_BACK.test(t)) ||
        (afterAnnouncement && DATE_OPENING.test(t)) ||
        OTHERS_WENT_THROUGH.test(t) ||
        KIND_HIT_ACROSS.test(t) ||
        (t.includes(" been ") && MANY_OF_KIND_HIT.test(t)) ||
        ATTACKS_HIT_OTHERS.test(t) ||
        DATED_ALSO.test(t) ||
        DATED_ON_OTHER_BODY.test(t) ||
        DATED_OTHER_BODY.test(t) ||
        (bodyBefore && datedPluperfect(t)) ||
        (!!(hits & GATES.bit.datedByThisAttack) && DATED_BY_THIS_ATTACK.test(t)) ||
        (!!(hits & GATES.bit.oneOfSeveral) && (FOLLOWS_SEVERAL.test(t) || runToldOn(t)));
      // "It is the second attack on X in a year." announces the earlier one the next dated sentence tells; "It is not
      // new." announces a run of them, each dated account ("In 2016, X paid ... In 2017, Y shut down ...") carrying it on.
      announced =
        (s.background &&
          (ownHistory ||
            ANNOUNCES_OTHERS.test(t) ||
            OTHERS_WENT_THROUGH.test(t) ||
            KIND_HIT_ACROSS.test(t) ||
            (afterAnnouncement && DATE_OPENING.test(t)))) ||
        (!!(hits & GATES.bit.oneOfSeveral) && ONE_OF_SEVERAL.test(t)) ||
        (t.includes(" new") && NOT_NEW.test(t));
      s.generic =
        (!!(hits & GATES.bit.generic) && GENERIC.test(t)) ||
        (!!(hits & GATES.bit.definesRansomware) && (DEFINES_RANSOMWARE.test(t) || DEFINITION_OPENING.test(t))) ||
        (!!(hits & GATES.bit.tacticGloss) && TACTIC_GLOSS.test(t)) ||
        s.generic;
    }
  }
}

// A roundup's numbered or bulleted item about a body outside healthcare tells another incident: "2." then "A school
// district in Ohio delayed report cards after a phishing email." A county's or university's health body is no such body
// ("- The Wexcombe County Health Department took its website offline").
const LIST_NUMBER = /^\d{1,2}[.)]$/;
const OTHER_BODY_ITEM =
  /^(?:[-•*]\s+)?(?:an?\s|the\s)?(?:[\p{L}&.'-]+\s){0,3}?(?:council|school(?: district| board)?|retailer|bank|airline|airport|city|county|town|university|college|law firm|port operator|studio|supermarket|utility|water company|pipeline|library|municipality|government)\b(?!\s(?:health|hospitals?|medical|clinics?|healthcare)\b)/iu;
// A roundup's or tracker's title names its topic ("The week in ransomware: ...", "Ransomware victims posted today").
const ROUNDUP_LABEL = /^(?:the |this )?(?:week|month|year) in ransomware\b|^(?:new |latest )?ransomware victims\b/i;
// "that attack" right after a sentence about another incident points back at it: "... a ransomware attack on Advanced
// took down NHS 111. LockBit was later blamed for that attack."
const THAT_ATTACK = /\bthat (?:attack|incident|breach|hack|cyber-?attack|intrusion)\b/i;
// "there" as a place right after a sentence about another incident points back at its place: "... the servers of X were
// hit on May 3. Around 2 TB of data were encrypted there." Not an existential "there" ("There is no sign ...", "and
// there were delays"), which opens its sentence or follows a conjunction, a comma or a verb of saying.
const THERE_BACK =
  /(?<![,;:]|\b(?:and|but|so|as|that|where|because|if|when|while|whether|though|although|then|yet|or|said|says|say|is|are|was|were|be|been|being|not|no|[Ii]s)) there\b/;
// A roundup told in prose: after the story's first paragraph, a paragraph that opens on a named body outside healthcare
// (not the headline's) reporting or undergoing something ("Minneapolis Public Schools confirmed that ...", "Ferris County Council said")
// tells another incident, all of it. Read case-sensitively: the name is capitalised up to its head word.
const OTHER_BODY_PARAGRAPH =
  /^(?:The )?((?:\p{Lu}[\p{L}.'&-]*\s){1,4}(?:Public Schools|Schools|School District|School Board|City Council|Borough Council|County Council|District Council|Council|Bank|Airlines?|Airport|University|College|Library|Municipality))\s(?:has\s|have\s|had\s)?(?:said|says|confirmed|confirms|announced|announces|disclosed|discloses|told|reported|reports|admitted|was|is|were|been)\b/u;
// A full sentence's last character (before a closing quote or bracket) is a stop, read from the end.
function endsOnStop(t: string): boolean {
  let i = t.length - 1;
  const c = t.charCodeAt(i);
  if (c === 34 || c === 39 || c === 41) i--;
  const d = t.charCodeAt(i);
  return d === 46 || d === 33 || d === 63;
}
// The body the headline names is the story's own, however its paragraphs open.
function otherBodyOpens(t: string, headline: string): boolean {
  const m = OTHER_BODY_PARAGRAPH.exec(t);
  return !!m && !headline.includes(m[1]!);
}
function otherBodyItem(s: Sentence, prev: Sentence | undefined): boolean {
  const c = s.text.charCodeAt(0);
  const item = c === 45 || c === 8226 || (!!prev && prev.paragraph === s.paragraph && LIST_NUMBER.test(prev.text));
  return item && OTHER_BODY_ITEM.test(s.text);
}

// A link item's "(source)" tag at the end of the line, read from the end rather than by a pattern tried at every "(".
function endsWithSourceTag(t: string): boolean {
  let end = t.length;
  while (end > 0 && isSpaceCode(t.charCodeAt(end - 1))) end--;
  return end >= 8 && t.charCodeAt(end - 8) === 40 && t.slice(end - 7, end).toLowerCase() === "source)";
}

/** True when `text` (a sentence or one clause of it) reads as background about another incident or the past. */
export function isBackgroundText(text: string): boolean {
  return BACKGROUND.test(text);
}

/**
 * True when `text` (a background sentence or one clause of it) opens on a past date: "In 2023, ...", "In July, ...",
 * "Earlier this year ...".
 */
export function opensOnDate(text: string): boolean {
  return DATE_OPENING.test(text) || RECENT_OPENING.test(text);
}

/** True when `text` (a sentence or one clause of it) reads as a general statement, not a fact of this incident. */
export function isGenericText(text: string): boolean {
  return (
    GENERIC.test(text) || DEFINES_RANSOMWARE.test(text) || DEFINITION_OPENING.test(text) || TACTIC_GLOSS.test(text)
  );
}

const MODAL = phrases([
  String.raw`may`,
  String.raw`might`,
  String.raw`could`,
  String.raw`would`,
  String.raw`will`,
  String.raw`should`,
  String.raw`can`,
  String.raw`cannot`,
  String.raw`risk`,
  String.raw`risks`,
  String.raw`threaten(?:s|ed|ing)?`,
  String.raw`threat`,
  String.raw`plans?`,
  String.raw`planned`,
  String.raw`if`,
  String.raw`unless`,
  String.raw`expected`,
  String.raw`likely`,
  String.raw`set to`,
  String.raw`possible`,
  String.raw`possibly`,
  String.raw`potential(?:ly)?`,
  String.raw`deadline`,
  String.raw`warn(?:s|ed|ing)?`,
  String.raw`fear(?:s|ed)?`,
  String.raw`prevent`,
  String.raw`avoid`,
  String.raw`stop`,
  String.raw`before`,
  String.raw`whether`,
]);
const NEGATION =
  /\b(?:not|no|never|nor|neither|without|yet to|denied|den(?:y|ies)|unaffected|rather than|n't|none|refus(?:ed|es|e) to|declin(?:ed|es|e) to|no longer)\b|n't\b/i;

// Clause boundaries further back than this cannot change the last few words before a cue.
const CLAUSE_REACH = 400;

function clauseBefore(text: string, at: number, words: number): string {
  const head = text.slice(Math.max(0, at - CLAUSE_REACH), at);
  const cut = Math.max(
    head.lastIndexOf(";"),
    head.lastIndexOf(":"),
    head.lastIndexOf(" but "),
    head.lastIndexOf(" while "),
    head.lastIndexOf(" although "),
    head.lastIndexOf(" whereas "),
    head.lastIndexOf(", which "),
    head.lastIndexOf(" - "),
  );
  return lastWords(head, cut >= 0 ? cut + 1 : 0, words);
}

// The last `n` pieces of text.slice(from).split(/\s+/), joined by single spaces, read backwards so a long clause is not
// split whole (a trailing space leaves an empty last piece, and a leading one an empty first piece, as split does).
function lastWords(text: string, from: number, n: number): string {
  const pieces: string[] = [];
  let end = text.length;
  while (pieces.length < n) {
    let start = end;
    while (start > from && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    pieces.push(text.slice(start, end));
    if (start === from) break;
    end = start;
    while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === from) {
      if (pieces.length < n) pieces.push("");
      break;
    }
  }
  return pieces.reverse().join(" ");
}

/** True when a modal or threat word ("may", "could", "threatened to") governs the cue at `at` (index into `text`). */
export function isHypothetical(text: string, at: number, words = 6): boolean {
  return MODAL.test(clauseBefore(text, at, words));
}

/** True when a negation ("not", "no", "never") governs the cue at `at` (index into `text`). */
export function isNegated(text: string, at: number, words = 5): boolean {
  return NEGATION.test(clauseBefore(text, at, words));
}
