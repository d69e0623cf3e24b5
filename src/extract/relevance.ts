// Relevance: a specific cyber incident whose victim is a healthcare organisation. Advice pieces, surveys, advisories
// without a named victim, incidents at non-healthcare bodies and healthcare news without a cyber incident are not relevant.
import { describesVeterinaryVictim, isVeterinaryName } from "./veterinary";
import { wordGates } from "./cue-gate";
import { matchesAt, wordOpenings } from "./openings";
import type { Sentence } from "./text";
import type { VictimSpan } from "./victim";
import { phrases } from "./cue-list";
import {
  GERMAN_CYBER,
  GERMAN_CYBER_GATE,
  GERMAN_DENIAL,
  GERMAN_HEALTH_VICTIM,
  GERMAN_RANSOM,
  GERMAN_RANSOM_GATE,
  GERMAN_THEFT,
  GERMAN_THEFT_GATE,
} from "./german";
import { withoutBracketTail } from "./bracket-tail";
import { PUNISHED_FOR_LOOKING, PUNISHED_OPENINGS } from "./punished-for-looking";

const CYBER = phrases([
  String.raw`cyber-?\s?attack(?:s|ed|ers)?`,
  String.raw`cyber incident`,
  String.raw`cyber[- ]?security incident`,
  // "after a cybersecurity attack", "a cyber security breach": the same attack with the trade's word in it.
  String.raw`cyber[- ]?security (?:attack|breach)(?:es|s)?`,
  // Press releases and letters: "experienced a cybersecurity event", "a data security event".
  String.raw`(?:cyber|cyber[- ]?security|data security|network security) event`,
  String.raw`ransomware`,
  String.raw`hack(?:ed|ers?|ing)?`,
  String.raw`data breach`,
  String.raw`breach(?:ed)?`,
  String.raw`phishing`,
  String.raw`ddos`,
  String.raw`malware`,
  // An older newsroom word for it: "a computer virus infected its systems" (a stomach or flu virus is no attack).
  String.raw`computer vir(?:us|uses)`,
  String.raw`st(?:ole|olen)`,
  String.raw`exfiltrat\w*`,
  String.raw`unauthori[sz]ed (?:access|party|parties|individuals?|actors?|persons?|people|users?|third part(?:y|ies))`,
  // A ransom told without "ransomware": "found a ransom note", "paid a ransom of 40 bitcoin".
  String.raw`ransom (?:notes?|demands?|payments?|letters?|messages?)`,
  String.raw`(?:paid|pay|paying|demanded|demanding|sought|seeking|asked for|asking for) (?:a |the |an )?(?:\S+ )?ransom`,
  // What intruders did, told without a cyber noun: "broke into its servers", "after stealing member records".
  String.raw`(?:broke|break|breaking|broken) into (?:\S+ ){0,3}?(?:systems?|servers?|networks?|computers?|accounts?|databases?|e-?mail)`,
  String.raw`steal(?:ing|s)? (?:\S+ ){0,4}?(?:records|data|information|details|files)`,
  String.raw`lock(?:ed|ing) (?:\S+ ){0,3}?(?:systems|servers|files|computers|network|devices|records)`,
  // "dealing with a network security issue", "an IT security issue": the hospital's word for an attack it will not name.
  String.raw`(?:network|computer|it|systems?) security (?:incident|issue)`,
  // Letters: "an unknown party encrypted some of our systems"; an insider "selling the records of 3,000 patients".
  String.raw`unknown (?:third )?(?:party|parties|actors?)`,
  // "an unknown attacker copied patient files", "an outside intruder".
  String.raw`(?:unknown|unidentified|outside|external|malicious) (?:attackers?|intruders?)`,
  // An intruder as the subject of a reach into machines or data: "an intruder accessed a server holding patient
  // records" (an intruder on a ward, with no machine or data reached, is no cyber incident).
  // Personal data put on the web, told without a cyber noun: "Private details of every caller have been put online",
  // "personal information was uploaded to a website" (a body's own news "published online" names no personal data).
  String.raw`(?:private|personal|sensitive|confidential) (?:\S+ ){0,2}?(?:details|information|data|records)\b[^.;]{0,100}?\b(?:put|posted|published|uploaded|dumped|leaked|exposed) (?:\S+ ){0,2}?(?:online|to (?:a|the) (?:website|internet|web)|on (?:a|the) (?:website|internet|web|forum))`,
  // A bare "the attack" that took machines down or out: "Its IT network has been switched off to contain the attack",
  // "computer systems have been down since the attack" (no physical attack takes a network down).
  String.raw`(?:it|computer|digital|online|its|their|our) (?:systems?|networks?|servers?)\b[^.;]{0,80}?\b(?:by|after|following|during|since|amid|contain|to contain) (?:the|this|an?|last \w+'s) attack`,
  String.raw`(?:intruders?|attackers?) (?:\S+ ){0,3}?(?:accessed|gained access to|got into|infiltrated|copied|downloaded) (?:\S+ ){0,3}?(?:servers?|systems?|networks?|computers?|accounts?|databases?|e-?mails?|records|data|files|information)`,
  String.raw`encrypted (?:\S+ ){0,3}?(?:systems|servers|files|computers|network|devices)`,
  String.raw`(?:sold|sell(?:ing|s)?) (?:\S+ ){0,4}?(?:records|data|information|details)`,
  String.raw`snoop\w*`,
  String.raw`improperly (?:accessed|viewed)`,
  // Access kept after leaving: "a former employee kept access to its scheduling calendar".
  String.raw`former (?:\w+ )?(?:employee|staff member|worker|contractor)s? (?:who )?(?:kept|retained|still had|continued to have|maintained) (?:\S+ ){0,2}?access`,
  String.raw`leak site`,
  // Extortion told without a cyber word: "extortionists threaten to expose member records", "someone threatening to
  // expose the medical information of its members unless it paid".
  String.raw`extort(?:ion(?:ists?)?|ed|ing|s)?`,
  String.raw`threaten(?:ed|ing|s)? to (?:expose|publish|leak|release|sell|post|dump) (?:\S+ ){0,8}?(?:information|data|records|files|details)`,
  String.raw`threat actors?`,
  String.raw`compromised`,
  String.raw`cyber-?\s?criminals?`,
  String.raw`intrusion`,
  String.raw`scammed`,
  String.raw`fraud(?:ulent)? (?:email|wire|payment|invoice)s?`,
  // Payment fraud told the other way round or by its trick: "lost to email fraud", "an email from someone posing as
  // the chief financial officer", "tricked into wiring".
  String.raw`(?:e-?mail|wire|payment|invoice) fraud`,
  String.raw`pos(?:ing|ed) as (?:the |a |an |its )?(?:\S+ ){0,3}?(?:chief|ceo|cfo|executive|director|vendor|supplier|contractor)`,
  String.raw`tricked (?:\S+ ){0,4}?into (?:paying|wiring|transferring|sending)`,
  String.raw`business email compromise`,
  String.raw`leaked online`,
  String.raw`(?:published|posted|added|listed) (?:a )?new victim`,
  String.raw`new victim(?=\s*:)`,
  // A tracker's field list: "Victim: Fairview Clinic" over "Group: Qilin".
  String.raw`victim(?=\s*:)`,
  // Hacktivists' floods: "flooded its website with traffic".
  String.raw`hacktivists?`,
  String.raw`flood\w* (?:\S+ ){0,3}?with (?:\S+ )?(?:traffic|requests)`,
  String.raw`denial[- ]of[- ]service`,
  PUNISHED_FOR_LOOKING,
  String.raw`(?:accessed|accessing|viewed|viewing|looked at|looking at) (?:\S+ ){0,10}?without (?:\S+ )?(?:authori[sz]ation|permission|consent|(?:a |any )?(?:\S+ )?(?:reason|need|purpose))`,
  String.raw`(?:unprotected|unsecured|misconfigured|exposed) (?:\S+ )?(?:database|server|bucket)s?`,
  String.raw`misconfigur\w*`,
  // "left a database of 40,000 patient records open to the internet".
  String.raw`(?:open|exposed|accessible|unprotected|unsecured) to (?:the )?(?:open |public )?internet`,
  // A theft of data told without a cyber noun: "data theft", "copied from its systems by an unknown attacker".
  String.raw`data theft`,
  String.raw`theft of (?:\S+ ){0,3}?(?:data|records|information|files)`,
  String.raw`(?:copied|downloaded|taken|removed|obtained|accessed) (?:\S+ ){0,6}?by (?:an? |the )?(?:unknown |unauthori[sz]ed |malicious |outside |external )?(?:attackers?|intruders?|criminals?|third part(?:y|ies))`,
  // An attacker's taking of data told as its own claim: "the gang says it took 850 gigs of data from the clinic".
  String.raw`(?:gang|hackers|attackers|group|crew|intruders?|thieves|criminals) (?:\S+ ){0,3}?(?:took|grabbed|copied|downloaded) (?:\S+ ){0,4}?(?:data|records|files|letters|gigs|gigabytes|terabytes|\d+ ?[gtm]b)`,
  // The attack told only in a relative clause: "a reward for information on the gang that attacked X".
  String.raw`(?:gang|hackers|attackers|crew|ransomware group|hacking group) (?:that|which|who) (?:\S+ )?(?:attacked|hit|targeted|breached|struck)`,
]);
// German-language news (german.ts), apart from CYBER behind a gate of its own: English sentences never run it.
const GERMAN_INCIDENT = phrases([...GERMAN_CYBER, ...GERMAN_THEFT, ...GERMAN_RANSOM]);
// "Cyber-Angriff" is the words "Cyber" and "Angriff": the attack nouns open the gate by either part.
const GERMAN_GATE = wordGates({
  any: `cyberangriff* cyberattacke* hackerangriff* hackerattacke* angriff* attacke* ${GERMAN_CYBER_GATE} ${GERMAN_THEFT_GATE} ${GERMAN_RANSOM_GATE}`,
});
// The words CYBER, DENIAL and EXERCISE cannot match without (see cue-gate.ts; keep them in step).
const CYBER_GATE = wordGates({
  denial:
    "cyber* security hack hacking hacker hackers tampering attack attacker attackers criminals actor actors malicious",
  exercise: "drill drills exercise exercises simulation simulations rehears* mock simulated fake test tests dummy",
  any: `cyber* ransom* hack* breach* phishing ddos malware virus viruses stole stolen steal stealing steals broke break breaking broken locked locking security exfiltrat* unauthori* snoop* improperly former leak extort* threat threaten* compromised intrusion scammed fraud* compromise leaked victim without unprotected unsecured misconfigur* exposed theft attacker attackers intruder* criminal* third hacktivist* flood* denial unknown encrypted sold sell* took grabbed copied downloaded gang crew attack private personal sensitive confidential posing posed tricked internet ${PUNISHED_OPENINGS}`,
});
const HEALTH_VICTIM_PHRASE = phrases([
  String.raw`hospitals?`,
  String.raw`health ?systems?`,
  String.raw`health (?:board|trust|network|service|provider|insurer)s?`,
  String.raw`clinics?`,
  String.raw`medical (?:cent(?:er|re)|practice|group|firm)s?`,
  String.raw`health cent(?:er|re)s?`,
  String.raw`family (?:practice|medicine|doctors?|physicians?)s?`,
  String.raw`(?:gp|doctors'?|out-of-hours|primary care) services?`,
  String.raw`nursing homes?`,
  String.raw`care homes?`,
  String.raw`pharmac(?:y|ies)`,
  String.raw`ambulance (?:service|trust)s?`,
  String.raw`nhs trusts?`,
  String.raw`gp (?:practices?|surgery|surgeries|federations?|partnerships?)`,
  String.raw`primary care networks?`,
  String.raw`healthcare (?:provider|organi[sz]ation|firm|company|giant|system)s?`,
  String.raw`radiology (?:practice|group|provider)`,
  String.raw`laborator(?:y|ies)`,
  String.raw`cosmetic surgery`,
  String.raw`plastic surgery`,
  String.raw`health insurer`,
  String.raw`senior living`,
  String.raw`assisted living`,
  String.raw`retirement (?:home|communit(?:y|ies))`,
  String.raw`blood (?:service|bank|donors?)`,
  String.raw`dental (?:chain|practice|group|clinic|provider)s?`,
  String.raw`dentists?`,
  String.raw`orthodontists?`,
  String.raw`hospices?`,
  String.raw`home ?care`,
  String.raw`care providers?`,
  String.raw`medical device (?:maker|company|firm|manufacturer)s?`,
  String.raw`drugmakers?`,
  String.raw`pharmaceutical (?:company|firm|giant|maker|manufacturer)s?`,
  String.raw`pharma (?:giant|company|firm)s?`,
  String.raw`health plans?`,
  String.raw`medical billing`,
  String.raw`diagnostics? (?:company|firm|provider|lab)s?`,
  String.raw`imaging (?:provider|cent(?:er|re)|company)s?`,
  String.raw`fertility (?:clinic|cent(?:er|re))s?`,
  String.raw`(?:dialysis|kidney|renal) (?:clinic|cent(?:er|re)|provider|unit)s?`,
  String.raw`urgent care`,
  String.raw`behaviou?ral health`,
  String.raw`mental health (?:provider|service|trust)s?`,
  String.raw`physiotherap\w+`,
  String.raw`opticians?`,
  String.raw`optometrists?`,
  String.raw`(?:dental|medical|health(?:care)?|hospital|pharmacy|clinical|ehr|emr) (?:\S+ )?(?:software|it|technology|tech|records|billing|services) (?:suppliers?|providers?|vendors?|compan(?:y|ies)|firms?|makers?|developers?)`,
  ...GERMAN_HEALTH_VICTIM,
]);
const ATTACK_VERB = phrases([
  String.raw`cyber-?\s?attack\w*`,
  String.raw`hit`,
  String.raw`hits`,
  String.raw`struck`,
  String.raw`strikes`,
  String.raw`attack\w*`,
  String.raw`breach\w*`,
  String.raw`hack\w*`,
  String.raw`targeted`,
  String.raw`compromised`,
  String.raw`ransomware`,
  String.raw`suffered`,
  String.raw`victim`,
  String.raw`disrupt\w*`,
  String.raw`paralys\w+`,
  String.raw`paralyz\w+`,
  String.raw`notif\w+`,
  String.raw`leak\w*`,
  String.raw`stole\w*`,
  String.raw`snoop\w*`,
]);
// What a tracker or leak-site post says a group did: "RansomHub claims X", "BianLian adds X to its list".
const TRACKER_VERB = phrases([
  String.raw`claim(?:s|ed|ing)?`,
  String.raw`adds?`,
  String.raw`added`,
  String.raw`lists?`,
  String.raw`listed`,
  String.raw`posts?`,
  String.raw`posted`,
  String.raw`names?`,
  String.raw`named`,
  String.raw`publish\w*`,
  String.raw`demand(?:s|ed|ing)?`,
]);
// A tracker's table row: a short first cell (the group), then at least two more cells.
const TRACKER_ROW = /^\s*[^|\n]{2,40}\|[^|\n]{2,120}\|[^|\n]{1,60}(?:\||$)/;
const ADVICE_TITLE = phrases([
  String.raw`how (?:to|hospitals|healthcare|health systems|providers|can)`,
  // "How small clinics can recover from ransomware", "How health systems should respond": a modal after the subject
  // makes the headline advice, where a told attack would read "How hackers crippled X".
  String.raw`how (?:\S+ ){1,4}?(?:can|should|must|could|might) `,
  String.raw`ways (?:to|hospitals|healthcare)`,
  String.raw`tips`,
  String.raw`steps to`,
  String.raw`guide to`,
  String.raw`best practices`,
  String.raw`(?:report|survey|study|research) (?:finds|shows|reveals|overview)`,
  String.raw`survey`,
  String.raw`state of ransomware`,
  String.raw`webinar`,
  String.raw`podcast`,
  String.raw`checklist`,
  String.raw`predictions`,
  String.raw`lessons from`,
  String.raw`protect (?:themselves|yourself|your)`,
  String.raw`what (?:to|you) (?:know|do)`,
  String.raw`overview`,
  String.raw`(?:study|analysis|report|survey|research) (?:finds|found|shows|reveals|looks|says|suggests)`,
  // Figures in the headline: "Ransom payments fell in 2024, insurer's claims data shows".
  String.raw`(?:data|figures|numbers|statistics|stats) (?:shows?|suggests?|reveals?|finds)`,
  String.raw`(?:annual|new|latest|detailed) (?:study|analysis|report|survey)`,
  String.raw`analyst note`,
  String.raw`trends`,
  String.raw`threat landscape`,
  String.raw`(?:threat )?intelligence`,
  String.raw`posing (?:a )?risk`,
  String.raw`(?:elevated|heightened|increased|growing|rising) (?:risk|threat)s?`,
  // Staff arrested are insiders, whose theft is an incident at their employer: "Call centre workers arrested for selling
  // patient data".
  String.raw`(?<!\b(?:employees?|workers?|staff(?:ers)?|nurses?|clerks?|technicians?|insiders?) (?:(?:were|are|have been|has been|was|is) )?)arrest\w*`,
  // Listicles, launches and conference news: "Five steps hospitals should take", "X launches backup service". A news
  // brief's "Five things to know this morning" lists the day's stories, not advice.
  String.raw`(?:\d+|three|four|five|six|seven|eight|nine|ten|key|simple|essential) (?:steps|ways|things|tips|lessons|questions|mistakes|reasons)(?! (?:you )?(?:need )?to know (?:this (?:morning|afternoon|evening|week|weekend)|today|tonight)\b)`,
  String.raw`should (?:take|do|know|ask)`,
  String.raw`lessons`,
  String.raw`(?:summit|conference|roundtable|panel)`,
  String.raw`awareness (?:month|week|day|campaign|training)`,
  String.raw`quiz`,
  // Market figures: "Cyber insurance premiums for hospitals rise 30%".
  String.raw`(?:rise|rises|rose|fall|falls|fell|jump\w*|surge\w*|climb\w*|drop\w*|up|down) (?:by )?\d+(?:\.\d+)?(?= ?(?:%|per ?cent|percent))`,
  String.raw`premiums`,
  String.raw`cyber[- ]?insurance`,
  String.raw`raise[sd]? (?:\S+ )?(?:[$\u00a3\u20ac]\d|\d)`,
  String.raw`funding round`,
  // A warning to a trade: "Dentists warned of phishing emails".
  String.raw`warned (?:of|about|over) (?:\S+ ){0,2}?(?:phishing|scams?|fake|fraud\w*|attacks?|threats?|ransomware|malware|e-?mails?|texts?|calls?)`,
  String.raw`(?:are|being) warned`,
  // An instruction to a sector: "NHS trusts told to patch Citrix flaw", "Agency urges clinics to update VPNs".
  String.raw`(?:told|urged|asked|ordered|advised|instructed|urges|tells|orders) (?:\S+ ){0,3}?to (?:patch|update|upgrade|fix|check|review|secure|disable|apply|install|tighten|bolster|boost|shore up|prepare|audit|scan)`,
  String.raw`(?:launch(?:es|ed)?|unveil(?:s|ed)?|debuts?|introduces|rolls? out) (?:\S+ ){0,3}?(?:platform|service|solution|tool|product|backup|software|offering|suite|app)`,
  // Law and rule pieces: "New law gives hospitals 72 hours to report cyberattacks".
  String.raw`(?:laws?|bills?|legislation|rules?|regulations?|mandates?|directives?) (?:would |will )?(?:requires?|gives?|forces?|obliges?|compels?|mandates?|makes?)`,
  String.raw`(?:required|obliged|forced|have|has|must) to report (?:\S+ )?(?:cyber\w*|attacks|breaches|incidents)`,
  String.raw`reporting (?:rules?|requirements?|deadlines?|obligations?|mandates?)`,
  // Policy on paying: "Ransom payment ban for NHS to go ahead", "Plans to ban hospitals from paying ransoms".
  String.raw`(?:ransom(?:ware)? )?(?:payments?|paying) ban`,
  String.raw`ban(?:s|ned)? on (?:paying )?(?:ransom|ransomware )?(?:payments?|ransoms?)`,
  String.raw`(?:ban|bans|banned|banning) (?:\S+ ){0,3}?from paying`,
  String.raw`indicted`,
  String.raw`extradited`,
  String.raw`(?:fbi|cisa|hhs|hc3|ncsc|acsc|cert|agenc(?:y|ies)|government|officials|experts|researchers|feds) (?:\S+ )?warns?`,
]);
// Policy news: a bill, rules or standards proposed for the sector ("Senators propose mandatory cybersecurity standards
// for hospitals", "State unveils draft rules"). An attack it cites as its reason is the example of a policy piece, as a
// survey's is: only a victim its headline names makes it an incident report.
const POLICY_TITLE =
  /\b(?:propos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|draft(?:s|ed|ing)?)\s(?:\S+\s){0,3}?(?:standards|requirements|rules?|bills?|laws?|legislation|regulations?|mandates?)\b/i;
// An opinion piece, labelled as one in its headline or a line above the story ("Opinion: ...", "GUEST COLUMN", "Op-ed |
// Health"): the attacks it names argue its case, as a policy piece's example does. Anchored; read over the page's
// first lines only.
const OPINION_LABEL =
  /^\W*(?:guest (?:column|essay|commentary|opinion|view|op-?ed)|op-?ed|opinion|commentary|viewpoint|editorial|letters? to the editor|my view|my turn)\s*(?:[:|\u2013\u2014-]|$)/i;
const OPINION_REACH = 8;
// A disruption the headline puts down to weather or the power ("Hospitals postpone surgeries as hurricane-hit plant
// leaves IV fluid in short supply", "Clinics close as storm knocks out power"), with no cyber word in it: an attack told
// below is a comparison, as a policy piece's example is. A group named in the headline makes it an attack's ("Anonymous
// Sudan floods hospital websites"); a threat actor's weather name is no weather ("Salt Typhoon", "Storm-0558").
const OTHER_CAUSE_TITLE =
  /\b(?:hurricane|storm(?!-\d)|flood(?:s|ed|ing|waters?)?|heat ?waves?|wildfires?|earthquakes?|snow(?:storms?)?|tornado(?:es)?|blackouts?|power (?:cuts?|outages?|failures?))\b/i;
// "According to a report by The Record" is news attribution, not a survey: only survey language counts.
const SURVEY_BODY = phrases([
  String.raw`respondents`,
  String.raw`surveyed`,
  String.raw`survey of`,
  String.raw`according to (?:a|the) (?:new )?(?:\S+ )?(?:survey|study)`,
  String.raw`(?:ponemon|sophos|verizon) (?:report|institute)`,
  String.raw`per ?cent of (?:healthcare )?organi[sz]ations`,
  String.raw`\d+% of (?:hdos|healthcare|organi[sz]ations|respondents|hospitals)`,
]);
// The words SURVEY_BODY and ADVISORY cannot match without (see cue-gate.ts; keep them in step), read over the lead's
// sentences: few leads hold any, and the patterns are long. A share ("40% of hospitals") needs a "%" besides its noun.
const LEAD_GATES = wordGates({
  survey: "respondents surveyed survey according ponemon sophos verizon per percent",
  share: "hdos healthcare organisations organizations respondents hospitals",
  advisory: "joint advisory issued warn warns sector aware campaign campaigns",
  // HEALTH_ANAPHOR's verbs, read over any sentence in scope (keep in step with it).
  anaphor: "said says confirmed confirms told added stated admitted acknowledged",
  // OPINION_DISCLAIMER's words, read over every sentence (keep in step with it).
  opinion: "opinion op views",
});
// An opinion page's disclaimer, wherever it stands ("The views expressed are the author's own", "This is an opinion
// piece"): the page argues from incidents in passing, as one labelled so at its top does (OPINION_LABEL).
const OPINION_DISCLAIMER =
  /\bviews expressed (?:\S+ ){0,4}?are (?:the author's own|(?:his|her|their|my) own|(?:solely )?those of the (?:author|writer))|\bis an (?:opinion|op-ed) (?:piece|column)\b/i;
// The words ADVICE_TITLE, POLICY_TITLE, OTHER_CAUSE_TITLE and OTHER_TARGET cannot match without (see cue-gate.ts; keep them in step), read over the
// headline and the opening: most headlines hold none, and both patterns are long. A market figure ("rise 30%") needs
// a "%" or "per cent" besides.
const OPENING_GATES = wordGates({
  advice:
    "how ways tips steps guide practices finds shows show suggest suggests reveal reveals overview survey state webinar podcast checklist predictions lessons protect what study analysis report research analyst trends landscape intelligence posing elevated heightened increased growing rising arrest* things questions mistakes reasons should summit conference roundtable panel awareness quiz percent per premiums raise raised raises funding warned launch launches launched unveil unveils unveiled unveiling debut debuts introduce introduces introduced introducing propose proposes proposed proposing draft drafts drafted drafting roll rolls law laws bill bills legislation rule rules regulation regulations mandate mandates directive directives reporting ban bans banned banning paying payment payments indicted extradited warn warns insurance cyberinsurance told urged asked ordered advised instructed urges tells orders",
  cause: "hurricane* storm* flood* heat heatwave* wildfire* earthquake* snow* tornado* blackout* power",
  otherTarget:
    "company companies firm firms council city town county school district university college government retailer telecom* carrier bank airline airport pipeline library municipality supermarket grocer* chain utility utilities payroll resources hr accounting logistics shipping courier grocery retail automotive energy water broadband outsourcing",
});
const HEALTH_TERM = phrases(
  [
    String.raw`health\w*`,
    String.raw`hospital\w*`,
    String.raw`patients?`,
    String.raw`medical`,
    String.raw`clinic\w*`,
    String.raw`nhs`,
    String.raw`insurer`,
    String.raw`pharmac\w+`,
    String.raw`surg\w+`,
    String.raw`nursing`,
    String.raw`care homes?`,
    String.raw`ambulance\w*`,
    String.raw`gp`,
  ],
  "gi",
);
const ADVISORY = phrases([
  String.raw`joint (?:alert|advisory|cybersecurity advisory)`,
  String.raw`advisory`,
  String.raw`issued (?:a )?(?:warning|alert)`,
  String.raw`warns? (?:healthcare|hospitals|the sector)`,
  String.raw`sector alert`,
  String.raw`is aware of (?:recent |ongoing )?(?:\S+ )?campaigns?`,
  String.raw`campaigns? (?:aimed at|targeting|against) (?:the )?(?:\S+ ){0,3}?sectors?`,
]);

// "nothing suggests it was caused by a malicious hack", "rather than an outside cyberattack", "this was not a security
// incident or cyber attack": the article rules a cyber incident out. Intruders told as known ("no evidence that the
// hackers accessed patient records", "no sign the attacker was after patient data") are presupposed, not ruled out;
// "not caused by the hackers who hit X" still rules this one out.
const DENIAL =
  /\b(?:not|nothing suggests|no (?:sign|evidence|indication|suggestion)s?(?: of| that)?|no (?:reason|grounds) to (?:think|believe|suspect)(?: that)?|rather than|ruled out|unrelated to|isn't|wasn't)\s(?:(?:a|an|any|caused|by|the|result|of|related|to|due|linked|it|was|been|or|an?\s\w+|outside|external|outage|fault|problem|issue|failure|disruption)\s){0,5}?(?:cyber-?\s?attacks?|cyber incident|(?:cyber-?)?security incident|(?<!\b(?:evidence|signs?|indications?|suggestions?|suggests)(?: that)? the\s)(?:(?:malicious )?hack(?:ing|ers?)?|(?:cyber-?)?criminals|attackers?|threat actors?)|outside tampering|external attack|malicious (?:activity|attack))\b/i;
// A rehearsal is no incident, whoever takes part in it.
// "an exercise that simulated a ransomware attack", "staff rehearse their ransomware response", "a fake phishing email
// sent to test staff".
const EXERCISE =
  /\b(?:(?:cyber|ransomware|phishing) (?:drill|exercise|simulation|rehearsal)s?|mock (?:cyber-?\s?attack|ransomware)|(?:simulated|mock|fake|test|dummy) phishing (?:e-?mails?|messages?|campaigns?|links?|tests?)|phishing (?:tests?|simulations?)|(?:exercise|drill|simulation|rehearsal)s? (?:\S+ ){0,3}?(?:simulat\w+|mimick\w+|imitat\w+|modell?ed on) (?:an? )?(?:\S+ )?(?:cyber|ransomware|attack|hack)\w*|rehears\w* (?:\S+ ){0,3}?(?:ransomware|cyber-?\s?attack|hack)\w*)\b/i;
// A cyber word that is feared, possible or unrelated is no report of an incident: "raised fears of a possible breach".
// "would protect patients from ransomware attacks": a defence against attacks reports none.
const NOT_AN_INCIDENT =
  /\b(?:fears? of|possible|potential|risk of|threat of|unrelated|separate)\s(?:\S+\s){0,2}?$|\b(?:protect\w*|defen[cd]\w*|guard\w*|shield\w*|safeguard\w*|secur(?:e|es|ing)|prepar\w*|resilien\w*) (?:\S+ ){0,3}?(?:from|against|for)\s(?:\S+\s){0,2}?$|\b(?:spot(?:ting)?|recogni[sz]e|avoid(?:ing)?|combat(?:ing)?|tackl(?:e|ing)|counter(?:ing)?) (?:\S+\s){0,2}?$/i;

// Trades that make a firm no healthcare body, however many hospitals it serves: "payroll company X". One list serves the
// patterns and the words OTHER_TARGET is tried at, so a trade added to one cannot be missing from the other.
const NON_HEALTH_TRADES = [
  "payroll",
  "human resources",
  "hr",
  "accounting",
  "logistics",
  "shipping",
  "courier",
  "supermarket",
  "grocery",
  "retail",
  "automotive",
  "energy",
  "utility",
  "water",
  "telecoms?",
  "broadband",
  "outsourcing",
  "workforce management",
  "timekeeping",
];
const NON_HEALTH_TRADE = `(?:${NON_HEALTH_TRADES.join("|")})`;
const NON_HEALTH_FIRM = new RegExp(String.raw`\b${NON_HEALTH_TRADE}\s+(?:compan(?:y|ies)|firms?)$`, "i");
// A trade that names its firm without "firm" before the attack noun: "Courier ransomware attack delays vaccine
// deliveries". Payroll and HR stay out: "Hospital HR hack" is a hospital's.
const NOT_BARE = new Set(["payroll", "human resources", "hr", "accounting", "water"]);
const BARE_TRADE = `(?:${NON_HEALTH_TRADES.filter((t) => !NOT_BARE.has(t)).join("|")})`;
// Software made for another trade: "X, a California-based maker of student information software" is no health-IT firm.
const OTHER_SOFTWARE = "(?:student|school|education|payroll|accounting|tax|retail|banking|legal)";
// The attack hit a body that is not a healthcare one: "a ransomware attack on human resources management company
// Ultimate Kronos Group", "Law Firm Hack", "Baltimore's Government Computers", "Capita, one of Britain's biggest
// outsourcing companies", "the cloud run by workforce management company Ultimate Kronos Group" (a trade's company named
// right after it). Health services feeling a knock-on effect do not make it a healthcare incident (README, kind (a)).
const OTHER_TARGET = new RegExp(
  String.raw`\b(?:(?:attack|hack|breach|incident|intrusion)\s+(?:on|at|against)\s+(?:an?\s|the\s)?(?:[\w'&.-]+\s){0,4}?${"(?:company|firm|council|city|town|county|school|district|university|college|government|retailer|telecom\\w*|carrier|bank|airline|airport|pipeline|library|municipality|supermarket|grocer\\w*|chain|utilit(?:y|ies))"}|(?:law firm|council|school|city|retailer|telecom|bank|government|${NON_HEALTH_TRADE} (?:firm|company|provider|chain|supplier))(?:'s)?\s(?:hack|breach|cyber-?\s?attack|attack|ransomware|computers|systems|network)|(?:utilit(?:y|ies)|council|school district|retailer|supermarket|${NON_HEALTH_TRADE} (?:firm|company)) (?:\S+ )?(?:hit|struck|targeted|crippled|paralys\w+|paralyz\w+|disrupted) by|${BARE_TRADE} (?:ransomware|cyber-?\s?attack|hack|data breach)\b|(?<=, )(?:an? |one of (?:the |[\p{L}-]+'s )?)(?:[\w'-]+ ){0,2}?${NON_HEALTH_TRADE} (?:compan(?:y|ies)|firms?)|(?<=, )(?:an? |the )(?:[\w'-]+ ){0,2}?(?:maker|developer|provider|supplier|vendor) of (?:[\w-]+ ){0,2}?${OTHER_SOFTWARE} (?:[\w-]+ ){0,2}?software|(?<=\b(?:by|on|at|against) )${NON_HEALTH_TRADE} (?:software |services )?(?:company|firm|provider) (?!(?:that|which|who|said|says|has|had|was|were|is|are|and|or|to|for|in|on|at|of)\b)(?=\w))\b`,
  "iu",
);
// The words an OTHER_TARGET match can open on (keep the fixed ones in step with it; the trades come from their list): the
// pattern is tried only where they begin.
const OTHER_TARGET_OPENINGS = wordOpenings(
  `attack hack breach incident intrusion law council school city retailer telecom* bank government utility utilities a an one ${NON_HEALTH_TRADES.map(
    (t) => t.split(" ")[0]!.replace(/s\?$/, "*"),
  ).join(" ")}`,
);
const MODIFIES_HEALTH_NOUN =
  /^(?:'s)?\s+(?:hospitals?|clinics?|health\w*|medical|infirmary|surgery|practice|pharmac\w+|nursing|care)\b/i;
// A firm described as a healthcare one: ", a clinical testing company", ", a dental software firm".
const HEALTH_FIRM =
  /, (?:a|an) (?:[\w'-]+ ){0,3}?(?:clinical|medical|health\w*|diagnostics?|pathology|laboratory|lab|pharmac\w*|dental|hospital) (?:[\w'-]+ ){0,3}?(?:company|firm|provider|supplier|business|group|chain|operator)\b/i;
const KNOCK_ON = /\b(?:effects? of|knock-on|fallout from|ripple|affected by|customers? of|clients? of)\b/i;
const HEALTH_WORD =
  /\b(?:health\w*|hospital\w*|medical|clinic\w*|patients?|nhs|pharma\w*|dental|care|drug\w*|nursing)\b/i;
// ... unless that body is then described as serving or running healthcare: "an attack on software company Tabor, which
// supplies GPs", "an attack on retailer Brightway, which runs 900 pharmacies".
const SERVES_HEALTH =
  /^(?:\s[\w&.'-]+){0,4}?\s*,?\s*(?:which|that|a|an|the)\b[^.;]{0,50}?\b(?:suppl(?:y|ies|ier)|provid(?:es|er)|serv(?:es|ing)|vendor|sells|works with|contractor|runs|operates|owns|manages) (?:\S+ ){0,5}?(?:health\w*|hospital\w*|medical|clinic\w*|patients?|nhs|gps?|pharma\w*|dental|care)\b/i;
// A medical school is a university: "UCSF School of Medicine" is no healthcare body unless a hospital or clinic is named.
const SCHOOL = /\b(?:school of medicine|medical school|college of medicine|university|college)\b/i;
// Names of the bodies that respond to attacks, not their victims ("Australian Cyber Security Centre").
// People named with their title ("Health Minister Mark Butler") are no bodies either.
const RESPONDER = phrases([
  String.raw`cyber ?security`,
  String.raw`security (?:cent(?:er|re)|agency)`,
  String.raw`coordination cent(?:er|re)`,
  String.raw`police`,
  String.raw`ministry of justice`,
  String.raw`minister`,
  String.raw`secretary`,
  String.raw`spokes\w+`,
  String.raw`ceo`,
  String.raw`president`,
  String.raw`cisos?`,
  String.raw`cios?`,
  String.raw`leaders`,
  String.raw`executives`,
]);
// A victim named as a non-healthcare body: the incident is of kind (a) however often the text says "health".
const OTHER_BODY = phrases([
  String.raw`law firm`,
  String.raw`solicitors`,
  String.raw`school`,
  String.raw`university`,
  String.raw`college`,
  String.raw`council`,
  String.raw`city of`,
  String.raw`county`,
  String.raw`bank`,
  String.raw`airline`,
  String.raw`airport`,
  String.raw`retailer`,
  String.raw`telecom\w*`,
]);
const CARE_WORD = /\b(?:hospital|health|clinic|medical cent(?:er|re)|care)\b/i;

const TRADE_NOUN = new RegExp(String.raw`^(?:${HEALTH_VICTIM_PHRASE.source})s?$`, "i");

// "the health insurer said", "the hospital confirmed": the article refers back to its victim by a healthcare noun.
const HEALTH_ANAPHOR = new RegExp(
  String.raw`\bthe (?:\S+ )?(?:${HEALTH_VICTIM_PHRASE.source}) (?:said|says|confirmed|confirms|told|added|stated|admitted|acknowledged)\b`,
  "i",
);

// A cyber word that reports an incident, not a fear of one or an unrelated one.
const CYBER_ALL = new RegExp(CYBER.source, "gi");
// The words a CYBER match can open on (keep them in step with it): the pattern is tried only where they begin.
const CYBER_OPENINGS = wordOpenings(
  `cyber* data network ransom* hack* breach* phishing ddos malware stole stolen exfiltrat* unauthori* paid pay paying demanded demanding sought seeking asked asking broke break breaking broken steal stealing steals locked locking computer it system systems unknown unidentified outside external malicious private personal sensitive confidential digital online its their our intruder intruders attacker attackers encrypted sold sell selling sells snoop* improperly leak extort* threat threaten* compromised intrusion scammed fraud fraudulent e email wire payment invoice posing posed tricked business leaked published posted added listed new victim flood* denial accessed viewed looked unprotected unsecured misconfigur* exposed open accessible theft copied downloaded taken removed obtained gang group crew thieves criminals accessing viewing looking former ${PUNISHED_OPENINGS}`,
);
// A breach of a rule is no break-in: "a breach of the HIPAA right of access", "breached data protection law".
const LEGAL_BREACH =
  /^\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|a\s+)?(?:\S+\s+){0,2}?(?:laws?|rules?|act|regulations?|dut(?:y|ies)|contract|rights?|code|standards?|terms|conditions|polic(?:y|ies)|obligations?|requirements?|guidelines|agreement)\b/i;
// A cyber word that names a product or trade is no incident: "sells ransomware protection", "a cybersecurity firm".
const DEFENCE_NOUN =
  /^[- ]?(?:protection|defen[cs]es?|prevention|detection|resilience|readiness|preparedness|insurance|training|awareness|firms?|compan(?:y|ies)|vendors?|specialists?|experts?|researchers?)\b/i;
// A theft of things is no cyber incident: "a laptop containing their details was stolen from a nurse's car", "thieves
// stole two computers". Only the thing stolen counts, not where data was taken from ("stole data from its laptops").
const DEVICE = String.raw`(?:laptops?|computers?|desktops?|tablets?|ipads?|(?:mobile |smart)?phones?|hard (?:drives?|disks?)|usb (?:sticks?|drives?|keys?)|memory sticks?|devices?|bags?|briefcases?|backpacks?|handbags?|cars?|vehicles?|vans?|equipment)`;
const DEVICE_STOLEN = new RegExp(
  String.raw`\b${DEVICE} (?:(?:with|containing|holding|carrying|storing|that (?:held|holds|contained|stored)) (?:\S+ ){0,8}?)?(?:(?:was|were|had been|has been|have been|being|got) )?$|\bstolen ${DEVICE}\b|^(?:st(?:ole|olen)|steal\w*|theft of) (?:an? |the |two |three |several |some |\d+ |his |her |their |its |an employee's |a staff member's )?(?:\S+ )?${DEVICE}\b`,
  "i",
);
function stealsThings(text: string, m: RegExpExecArray): boolean {
  if (!/^(?:st(?:ole|olen)|steal|theft)/i.test(m[0])) return false;
  return (
    DEVICE_STOLEN.test(text.slice(Math.max(0, m.index - 90), m.index)) ||
    DEVICE_STOLEN.test(text.slice(m.index, m.index + 60))
  );
}
function reportsIncident(s: Sentence): boolean {
  const text = s.text;
  for (const m of matchesAt(CYBER_ALL, text, CYBER_OPENINGS.inSentence(s))) {
    if (NOT_AN_INCIDENT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (stealsThings(text, m)) continue;
    if (DEFENCE_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (/^breach/i.test(m[0]) && LEGAL_BREACH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))
      continue;
    return true;
  }
  return false;
}

// A sentence that names the group an article has already named by a noun for it: "when the gang hit OakBend Medical
// Center", "the group's attack on X". Read in advisories only, where a named victim has to be told as attacked.
const GROUP_ANAPHOR =
  /\b(?:the|this) (?:same )?(?:gang|group|crew|hackers|attackers|operators|threat actors?|ransomware operation)\b/i;
function refersToGroup(s: Sentence): boolean {
  return GROUP_ANAPHOR.test(s.text);
}

/** Whether the article reports a specific cyber incident against a healthcare victim, and the sentence that says so. */
// The match of OTHER_TARGET names a body that is not a healthcare one (see OTHER_TARGET for the exceptions).
function namesOtherTarget(m: RegExpExecArray | null, opening: readonly Sentence[]): boolean {
  if (!m || HEALTH_WORD.test(m[0])) return false;
  const rest = m.input.slice(m.index + m[0].length);
  // The body word only modifies a healthcare head noun: "a university clinic", "the county hospital".
  if (MODIFIES_HEALTH_NOUN.test(rest)) return false;
  // A "company" or "firm" may be a health-IT supplier: any healthcare word in the rest of its sentence keeps it in,
  // except a knock-on effect ("hospitals hit by the effects of an attack on payroll company X").
  if (
    /(?:company|firm)$/i.test(m[0]) &&
    !NON_HEALTH_FIRM.test(m[0]) &&
    HEALTH_WORD.test(rest) &&
    !KNOCK_ON.test(m.input)
  )
    return false;
  // A headline's "testing company" that the story's opening describes as a healthcare one: "Brindle Labs, a
  // clinical testing company that processes blood samples".
  if (
    /(?:company|firm)$/i.test(m[0]) &&
    !NON_HEALTH_FIRM.test(m[0]) &&
    opening.some((l) => !l.inTitle && HEALTH_FIRM.test(l.text))
  )
    return false;
  return !SERVES_HEALTH.test(rest);
}

// Whether `list` holds at least `least` healthcare terms, counted only that far.
function holdsHealthTerms(list: readonly Sentence[], least: number): boolean {
  let n = 0;
  for (const s of list) {
    HEALTH_TERM.lastIndex = 0;
    while (HEALTH_TERM.exec(s.text)) if (++n >= least) return true;
  }
  return false;
}

// The texts of `list` (only its headline lines when `titleOnly`) joined by spaces. A loop, not filter().map().join():
// join() met map()'s arrays in another elements kind than its feedback, and the optimised judgeRelevance was thrown
// away ("wrong map") and recompiled.
function joinedText(list: readonly Sentence[], titleOnly: boolean): string {
  let out = "";
  let first = true;
  for (const s of list) {
    if (titleOnly && !s.inTitle) continue;
    out = first ? s.text : out + " " + s.text;
    first = false;
  }
  return out;
}

// tsx names each closure it makes (Object.defineProperty, which costs more than the closure): judgeRelevance's helpers
// are module functions and a class rather than closures made on every call.

// Every German denial names an attack ("...angriff"): a substring search spares English sentences the pattern.
const ruledOut = (s: Sentence) =>
  (CYBER_GATE.hits(s) & CYBER_GATE.bit.denial && DENIAL.test(s.text)) ||
  (s.text.includes("ngriff") && GERMAN_DENIAL.test(s.text)) ||
  (CYBER_GATE.hits(s) & CYBER_GATE.bit.exercise && EXERCISE.test(s.text));

const healthcareBody = (v: VictimSpan) =>
  !RESPONDER.test(v.name) && !(SCHOOL.test(v.name) && !CARE_WORD.test(v.name)) && !isVeterinaryName(v.name);

const anySentence = () => true;
// How many scoped sentences, the headline with them, a denial is read in.
const DENIAL_REACH = 6;
const ATTACK_WORD =
  /\b(?:ransomware|hack\w*|cyber\w*|attack\w*|malware|phishing|encrypt\w*|st(?:ole|olen)|intru\w*|criminals?|extort\w*)\b/i;

// Which sentences of an article tell a cyber incident, judged on demand and once per sentence: most articles are settled
// by their first cyber sentence and the victims'. A tracker post names no cyber word: "Qilin has just published a new
// victim", "GP surgeries hit by Akira", "BlackSuit | Fairview Clinic | US".
class CyberReading {
  private readonly judged = new Map<Sentence, boolean>();
  constructor(
    private readonly scoped: readonly Sentence[],
    private readonly groupSentences: ReadonlySet<Sentence>,
  ) {}

  isCyber(s: Sentence): boolean {
    let yes = this.judged.get(s);
    if (yes === undefined) {
      // A sentence ruling a cyber incident out reports none: "the downtime is not the result of a cyber attack".
      yes =
        (CYBER_GATE.hits(s) & CYBER_GATE.bit.any && reportsIncident(s) && !ruledOut(s)) ||
        (GERMAN_GATE.hits(s) !== 0 && GERMAN_INCIDENT.test(s.text)) ||
        (this.groupSentences.has(s) &&
          (ATTACK_VERB.test(s.text) || TRACKER_VERB.test(s.text) || TRACKER_ROW.test(s.text)));
      this.judged.set(s, yes);
    }
    return yes;
  }

  /** The first cyber sentence (in text order) that also passes `also`, which is asked first as it costs less. */
  first(also: (s: Sentence) => boolean): Sentence | undefined {
    return this.scoped.find((s) => also(s) && this.isCyber(s));
  }
}

export function judgeRelevance(
  sentences: Sentence[],
  victims: VictimSpan[],
  groupSentences: ReadonlySet<Sentence> = new Set(),
): { relevant: boolean; sentence: Sentence | null } {
  const scoped = sentences.filter((s) => !s.boilerplate && !s.background);
  const lead = scoped.slice(0, 4);
  const leadAndTitle = [...sentences.filter((s) => s.inTitle), ...lead];
  if (leadAndTitle.some(ruledOut)) return { relevant: false, sentence: null };
  // A denial may close a short article that calls what happened only a breach ("The data breach was caused by an error
  // ... The regulator said there was no evidence of a cyber attack."); after an attack told as one, it is about
  // something else ("a separate outage was not caused by hackers").
  const lateDenial = scoped.slice(lead.length, DENIAL_REACH).find(ruledOut);
  if (lateDenial && !scoped.some((s) => s.start < lateDenial.start && ATTACK_WORD.test(s.text)))
    return { relevant: false, sentence: null };
  const cyber = new CyberReading(scoped, groupSentences);
  const firstOfAll = cyber.first(anySentence);
  if (!firstOfAll) return { relevant: false, sentence: null };
  const opening = [...sentences.filter((s) => s.inTitle), ...scoped.filter((s) => !s.inTitle).slice(0, 1)];
  // A loop, not map().find(): the array map() built reached find() in another elements kind than its feedback, and the
  // optimised judgeRelevance was thrown away ("wrong map") and recompiled. OTHER_TARGET is not global: stopping at the
  // first hit is the same answer.
  let other = false;
  for (const s of opening) {
    if (!(OPENING_GATES.hits(s) & OPENING_GATES.bit.otherTarget)) continue;
    const m = matchesAt(OTHER_TARGET, s.text, OTHER_TARGET_OPENINGS.inSentence(s), 1)[0] ?? null;
    if (namesOtherTarget(m, opening)) {
      other = true;
      break;
    }
  }
  if (other) return { relevant: false, sentence: null };
  const healthVictims = victims.filter((v) => v.healthcare && !v.sentence.generic && healthcareBody(v));
  const title = joinedText(sentences, true);
  const leadText = joinedText(lead, false);
  const leadGates = lead.reduce((bits, s) => bits | LEAD_GATES.hits(s), 0);
  const survey =
    !!(leadGates & LEAD_GATES.bit.survey || (leadGates & LEAD_GATES.bit.share && leadText.includes("%"))) &&
    SURVEY_BODY.test(leadText);
  let titleGates = 0;
  let titleLeadGates = 0;
  for (const s of sentences)
    if (s.inTitle) {
      titleGates |= OPENING_GATES.hits(s);
      titleLeadGates |= LEAD_GATES.hits(s);
    }
  // A policy piece or a story blaming weather or the power cites an attack as an example, as a survey does.
  let opinion = false;
  for (let i = 0; i < sentences.length && !opinion; i++) {
    const s = sentences[i]!;
    opinion =
      (i < OPINION_REACH && OPINION_LABEL.test(s.text)) ||
      (!!(LEAD_GATES.hits(s) & LEAD_GATES.bit.opinion) && OPINION_DISCLAIMER.test(s.text));
  }
  const citesExample =
    opinion ||
    (!!(titleGates & OPENING_GATES.bit.advice) && POLICY_TITLE.test(title)) ||
    (!!(titleGates & OPENING_GATES.bit.cause) &&
      OTHER_CAUSE_TITLE.test(title) &&
      !sentences.some((s) => s.inTitle && (cyber.isCyber(s) || groupSentences.has(s))));
  const advice =
    (!!(titleGates & OPENING_GATES.bit.advice || title.includes("%")) && ADVICE_TITLE.test(title)) ||
    survey ||
    citesExample;
  const advisory =
    (!!(titleLeadGates & LEAD_GATES.bit.advisory) && ADVISORY.test(title)) ||
    (!!(leadGates & LEAD_GATES.bit.advisory) && ADVISORY.test(leadText));
  const titleSentence = sentences.find((s) => s.inTitle) ?? null;
  if (advice || advisory) {
    // An advice piece or a survey may cite a victim in passing; it counts only when its headline names one.
    // A trade opening the headline ("Opticians warned of phishing emails") is no victim's name.
    // An agency's warning also reports an incident when a sentence tells of a named group attacking a named healthcare
    // body ("On 4 May the Rhysida gang attacked Harwick Regional Hospital"), whatever the headline names.
    // The headline or a sentence naming the body must tell an attack too: "Kestrel Hospital CISO joins panel as survey
    // finds ..." names a hospital, not a victim.
    const titleTellsAttack = ATTACK_VERB.test(title) || sentences.some((s) => s.inTitle && cyber.isCyber(s));
    const toldAttacked = (name: string) =>
      titleTellsAttack || scoped.some((s) => !s.inTitle && s.text.includes(name) && cyber.isCyber(s));
    const groupAttacks = (s: Sentence) =>
      (groupSentences.has(s) || (groupSentences.size > 0 && refersToGroup(s))) && ATTACK_VERB.test(s.text);
    // A victim first named in a label line ("Case: Kestrel Hospital.") is told attacked in a sentence after it.
    const toldLater = (v: VictimSpan) =>
      scoped.some(
        (s) => s.start > v.sentence.start && groupSentences.has(s) && s.text.includes(v.name) && groupAttacks(s),
      );
    const named =
      healthVictims.find((v) => {
        if (TRADE_NOUN.test(v.name)) return false;
        const name = withoutBracketTail(v.name);
        return (v.sentence.inTitle || title.includes(name)) && toldAttacked(name);
      }) ??
      (!survey && !citesExample ? healthVictims.find((v) => groupAttacks(v.sentence) || toldLater(v)) : undefined);
    return named ? { relevant: true, sentence: named.sentence } : { relevant: false, sentence: null };
  }
  if (healthVictims.length > 0) {
    const victimSentences = new Set(healthVictims.map((v) => v.sentence));
    const victimInCyber = cyber.first((s) => victimSentences.has(s));
    return { relevant: true, sentence: victimInCyber ?? firstOfAll };
  }
  // With no human-healthcare body named, an animal hospital's "patients" and "clinics" make no healthcare victim.
  if (describesVeterinaryVictim(leadAndTitle)) return { relevant: false, sentence: null };
  // Read only here: most articles are settled by a named victim above, and the phrase pattern is large.
  // A trend or habit told of unnamed bodies ("after a series of attacks in recent years disrupted hospitals") is no victim.
  const phraseVictim = cyber.first(
    (s) =>
      !s.generic &&
      (s.inTitle || lead.includes(s)) &&
      HEALTH_VICTIM_PHRASE.test(s.text) &&
      (ATTACK_VERB.test(s.text) || (groupSentences.has(s) && TRACKER_ROW.test(s.text))),
  );
  if (phraseVictim) return { relevant: true, sentence: phraseVictim };
  const anaphor =
    victims.length > 0
      ? scoped.find((s) => LEAD_GATES.hits(s) & LEAD_GATES.bit.anaphor && HEALTH_ANAPHOR.test(s.text))
      : undefined;
  if (anaphor) return { relevant: true, sentence: anaphor };
  // A victim without a healthcare word in its name ("Medibank", "Advanced") in an article steeped in healthcare terms,
  // unless the victims are named as other bodies ("Orrick Law Firm", "UCSF School of Medicine").
  if (
    victims.length > 0 &&
    victims.every(
      (v) =>
        (SCHOOL.test(v.name) && !CARE_WORD.test(v.name)) ||
        (!v.healthcare && OTHER_BODY.test(v.name) && !CARE_WORD.test(v.name)),
    )
  )
    return { relevant: false, sentence: null };
  if (
    (victims.length > 0 || cyber.first((s) => !s.generic && (s.inTitle || lead.includes(s))) !== undefined) &&
    holdsHealthTerms(scoped, 4)
  )
    return { relevant: true, sentence: cyber.first((s) => s.inTitle) ?? titleSentence ?? firstOfAll };
  return { relevant: false, sentence: null };
}
