// Attack types stated for this incident (eval README: "Attack types"). Design note: a type needs a statement about this
// attack, not a word: "ransomware" counts when the attack is called ransomware or systems were encrypted, not when it
// only describes the attacker ("Clop, a ransomware gang, stole files"); a ransom demand or payment is extortion only
// when stolen data is what the money is for, while a threat to publish is extortion on its own. Every cue is read in
// in-scope sentences, and skipped when a negation ("no longer encrypts", "no reason to think data was taken") or a hedge
// ("whether data was stolen", "attempts to steal") governs its clause.
import type { AttackType } from "../model/entities";
import { wordGates } from "./cue-gate";
import { aboutAnotherIncident } from "./impact";
import { isGenericText } from "./scope";
import type { Sentence } from "./text";
import { phrases } from "./cue-list";
import { lastWords } from "./last-words";
import { MAY_MODAL, unknownNotDenied, withoutNegatedDoubt } from "./clause";
import { matchesOpening, openingWords, stickyOf } from "./opening-words";
import { matchesAt, wordOpenings } from "./openings";
import { PUNISHED_FOR_LOOKING, PUNISHED_OPENINGS } from "./punished-for-looking";
import {
  GERMAN_CYBER,
  GERMAN_CYBER_GATE,
  GERMAN_ENCRYPTION,
  GERMAN_ENCRYPTION_GATE,
  GERMAN_NEGATION,
  GERMAN_RANSOM,
  GERMAN_RANSOM_GATE,
  GERMAN_THEFT,
  GERMAN_THEFT_GATE,
  GERMAN_THREAT,
  GERMAN_THREAT_GATE,
} from "./german";

type Cue = [
  (
    | AttackType
    | "encryption"
    | "threat"
    | "ransom"
    | "ransom-pay"
    | "theft-strong"
    | "theft-claim"
    | "theft-said"
    | "theft-ransomed"
    // German-language cues (german.ts), each behind a gate of its own so English sentences never run them.
    | "encryption-de"
    | "theft-de"
    | "ransom-de"
    | "threat-de"
  ),
  RegExp,
  // The words every match opens on (opening-words.ts): the pattern is tried only where one begins. "#" for a figure.
  string,
];
// Families that say what another family says in other words, run only while that one has not been found.
const STANDS_FOR: Partial<Record<Cue[0], Cue[0]>> = {
  encryption: "ransomware",
  threat: "extortion",
  "ransom-pay": "ransom",
  "encryption-de": "ransomware",
  "theft-de": "theft-strong",
  "ransom-de": "ransom",
  "threat-de": "extortion",
};

const ENCRYPTED_THING = String.raw`(?:files|systems?|servers?|data|devices|computers|records|networks?|machines|workstations|drives|pcs|endpoints|databases?|documents|information|archives?|backups?|schedules|images|scans)`;
const ATTACKER = String.raw`(?:hackers|attackers|gang|group|malware|ransomware|criminals|intruders|cybercriminals|actors?|it|they)`;
const DATA = String.raw`(?:data|files|information|records|photos|documents|databases?|images|details|emails|letters|invoices|spreadsheets|correspondence|folders|archives?|papers|forms|contents|mailbox(?:es)?|inbox(?:es)?)`;

const SITES = String.raw`(?:web ?sites|sites|portals|web servers)`;
const SITES_DOWN = String.raw`(?:brought|bring(?:s|ing)?|took|tak(?:e|es|ing)|knock(?:ed|s|ing)?) (?:down|offline) (?:\S+ ){0,6}?${SITES}|knock(?:ed|s|ing)? (?:\S+ ){0,6}?${SITES} (?:\S+ ){0,4}?offline|${SITES} (?:\S+ ){0,4}?(?:were|was) (?:brought|taken|knocked) (?:down|offline)`;

// The opening words of ENCRYPTED_THING, ATTACKER and DATA, in step with them.
const ENCRYPTED_WORDS =
  "files system systems server servers data devices computers records network networks machines workstations drives pcs endpoints database databases documents information archive archives backup backups schedules images scans";
const ATTACKER_WORDS =
  "hackers attackers gang group malware ransomware criminals intruders cybercriminals actor actors it they";
const DATA_WORDS =
  "data files information records photos documents database databases images details emails letters invoices spreadsheets correspondence folders archive archives papers forms contents mailbox mailboxes inbox inboxes";

/** The cue families with their patterns and opening words (exported for the test that checks the two agree). */
export const CUES: Cue[] = [
  // Ransomware: the attack called so, or something encrypted or locked by it.
  ["ransomware", /\bransomware\b/gi, "ransomware"],
  // "Servers at the hospital were encrypted": a passive verb may stand further from its subject than an adjective.
  [
    "ransomware",
    new RegExp(
      String.raw`\b${ENCRYPTED_THING} (?:\S+ ){0,3}?(?:encrypted|locked up|locked)\b|\b${ENCRYPTED_THING} (?:\S+ ){0,6}?(?:were|was|are|is|been|got) (?:\S+ )?encrypted\b|\b(?:encrypt(?:ed|ing|s)?|locked up|locked(?! out)) (?:\S+ ){0,4}?${ENCRYPTED_THING}\b|\b${ATTACKER} (?:\S+ ){0,2}?encrypt(?:ed|ing|s)\b|\bencrypted by\b|\b(?:encryption|crypto) (?:malware|trojan|virus)\b|\bdecryption (?:key|tool)|\bdecryptor\b|\bransom note\b`,
      "gi",
    ),
    `${ENCRYPTED_WORDS} ${ATTACKER_WORDS} encrypt* locked crypto decryption decryptor ransom`,
  ],
  // Encryption told by its effect or its tools: "servers scrambled", "the encryption of its systems", "an encryptor",
  // "locked the hospital out of its systems", "a key to unlock the computers", "a note appeared on every screen",
  // "prevented encryption" (an attempt at this attack is still named so).
  [
    "encryption",
    new RegExp(
      String.raw`\bencryptors?\b|\b(?:file|data)[- ]encrypting\b|\bencryption of (?:\S+ ){0,5}?${ENCRYPTED_THING}\b|\bscrambl(?:ed|ing|es) (?:\S+ ){0,5}?${ENCRYPTED_THING}\b|\b${ENCRYPTED_THING} (?:\S+ ){0,3}?(?:were |was )?scrambled\b|\blocked (?:\S+ ){1,5}?out of (?:its|their|the|his|her) (?:own )?(?:\S+ )?${ENCRYPTED_THING}\b|\b(?:key|keys|tool|code|software) (?:\S+ ){0,2}?to (?:unlock|decrypt)\b|\b(?:message|note|notice|demand)s? (?:\S+ ){0,6}?(?:appeared|displayed|popped up|flashed up|showed up) on (?:\S+ ){0,3}?(?:screens?|computers|monitors|desktops|displays)\b|\b(?:prevent|stopp|block|halt|thwart|interrupt)(?:ed|ing|s)? (?:the |an |any )?encryption\b|\brender(?:ed|ing|s)? (?:\S+ ){0,4}?unreadable\b`,
      "gi",
    ),
    `${ENCRYPTED_WORDS} encrypt* file data scrambl* locked key keys tool code software message messages note notes notice notices demand demands prevent* stopp* block* halt* thwart* interrupt* render*`,
  ],
  // The same families in German-language news (german.ts): "verschlüsselt", "Daten gestohlen", "Lösegeld", "drohen mit
  // der Veröffentlichung".
  ["encryption-de", phrases(GERMAN_ENCRYPTION, "gi"), "verschl* erpressungstrojaner* erpressersoftware"],
  [
    "theft-de",
    phrases(GERMAN_THEFT, "gi"),
    "gestohlen* erbeutet* abgeflossen* entwendet* abgegriffen* datendiebstahl*",
  ],
  ["ransom-de", phrases(GERMAN_RANSOM, "gi"), "l loesegeld* erpress*"],
  ["threat-de", phrases(GERMAN_THREAT, "gi"), "droh* ver veroeffentlich*"],
  // Data theft: "theft-strong" is taking data; the weaker words (leaked, exposed) also fit a database left open.
  // Stolen credentials are a way in, not the data taken: "used stolen credentials to log into the VPN".
  [
    "theft-strong",
    phrases(
      [
        String.raw`st(?:ole|olen)(?! (?:\S+ )?(?:credentials|passwords?|log-?ins?|usernames|tokens|cookies|session))`,
        String.raw`steal(?:s|ing)?(?! (?:\S+ )?(?:credentials|passwords?|log-?ins?|usernames|tokens|cookies))`,
        String.raw`exfiltrat\w*`,
        String.raw`theft of (?:data|information|records)`,
        String.raw`data theft`,
        String.raw`made off with`,
        String.raw`copied (?:files|data)`,
        // Other verbs of taking, with the data as their object: "siphoned off patient records", "walked away with 2 GB".
        String.raw`(?:siphon(?:ed|ing|s)?(?: off| out)?|pilfer(?:ed|ing|s)?|swip(?:ed|ing)|snatch(?:ed|ing)|plunder(?:ed|ing)|(?:walked|walking|got|getting) (?:off|away) with) (?:\S+ ){0,3}?(?:${DATA}|[\d.,]+ ?(?:[kmgt]b|gigabytes?|terabytes?))`,
      ],
      "gi",
    ),
    "stole stolen steal* exfiltrat* theft data made copied siphon* pilfer* swiped swiping snatch* plunder* walked walking got getting",
  ],
  // Claimed possession of a stated volume: "says it has 4TB of patient data", "holding around 900GB of images",
  // "threatening to publish 75GB": only data in hand has a size to publish. The
  // volume is matched first and the verb behind it, so the pattern costs nothing on sentences without a number.
  [
    "theft-claim",
    // "had put a 1.74 GB backup online": "had" before a participle is a tense, not possession.
    /\b\d(?<=\b(?:holding|holds?|held|has|have|had|possess\w*|(?:publish|leak|releas|dump|auction)\w*|sitting on) (?:(?!\S*ed |put |set |left |kept )\S+ ){0,3}?\d)[\d.,]* ?(?:[kmgt]b|[gt]|gigabytes?|terabytes?)\b/gi,
    "#",
  ],
  // The same possession told after the volume: "with some 600 gigabytes of photos in hand, the gang ...".
  [
    "theft-claim",
    /\b\d(?<=\bwith (?:\S+ ){0,2}?\d)[\d.,]* ?(?:[kmgt]b|gigabytes?|terabytes?) (?:\S+ ){0,6}?in (?:hand|(?:its|their) (?:possession|hands))\b/gi,
    "#",
  ],
  // Data said to be in the attackers' hands: "patient files remain in the hands of the criminals".
  [
    "theft-claim",
    /\bin the hands of (?:the )?(?:\S+ )?(?:hackers|attackers|criminals|cyber ?criminals|gang|group|intruders|thieves|extortionists)\b/gi,
    "in",
  ],
  // Claimed possession of the data itself: "they claim to hold the records of 200,000 patients", "the gang says it has
  // patients' files". A participle between verb and object makes it another verb's object ("claims to have encrypted
  // files"), and only an attacker's saying so counts ("the hospital said it has backups of all data" is no claim). A
  // denial or a finding between them says the opposite: "it said it had found no evidence that data had been taken".
  [
    "theft-said",
    new RegExp(
      String.raw`\b(?:claim(?:s|ed|ing)? to (?:hold|have|possess|be holding|be in possession of)|(?:claim(?:s|ed|ing)?|${ATTACKER}(?:,? (?:\S+ ){0,2}?|, (?:\S+ ){3}?)(?:says?|said|boast(?:s|ed)?))(?: that)? (?:it|they) (?:has|have|had|holds?|held|possess(?:es|ed)?|(?:is|are|was|were) (?:holding|in possession of))) (?:(?!\S*ed |(?:no|not|nothing|found|any|never)\b)\S+ ){0,5}?${DATA}\b`,
      "gi",
    ),
    `claim* ${ATTACKER_WORDS}`,
  ],
  [
    "theft-strong",
    new RegExp(
      String.raw`\b(?:t(?:ook|aken|aking)(?! (?:down|offline|out|over|care|steps|action|measures|precautions)\b)|grabbed|grabbing|copied|copying|obtained|downloaded|downloading|acquired) (?:(?:\S+ ){0,2}?(?:amounts?|quantit(?:y|ies)|volumes?|troves?|caches?|lots|batch(?:es)?)"? of )?(?:(?:\S+ ){0,4}?(?:thousand|million|billion) (?:\S+ ){0,2}?|(?:\S+ ){0,3}?)(?:(?<![,;] )(?:and|or) [^\s,;.]+ )?(?:${DATA}|names(?=,| and | of )|[\d.,]+ ?(?:[kmgt]b|gigabytes?|terabytes?))\b(?!(?: (?!and\b|or\b)[a-z]+){0,3} (?:offline|down)\b)|\b${DATA},(?:[^,.;]{1,60}| (?:which|that) [^.;]{1,120}?), (?:was|were|had been|have been|has been) (?:taken|stolen|copied|exfiltrated|acquired|downloaded)\b(?! (?:down|offline|out|over)\b)|\b${DATA} (?:\S+ ){0,2}?(?:was |were |had been |have been |has been )?(?:allegedly |reportedly )?(?:taken|stolen|copied|exfiltrated|acquired|downloaded) (?:from|by|during|in|will)\b|\b${DATA} (?:of (?:\S+ ){1,4}?)?(?:was|were|had been|have been|has been) (?:taken|copied|acquired|downloaded)\b(?! (?:down|offline|out|over)\b)|\b${DATA}\b[^.;:]{0,120}?\b(?:may|might|could) have been (?:obtained|taken|stolen|copied|acquired|exfiltrated|downloaded)\b|\b(?:taken|stolen|copied|obtained|downloaded|exfiltrated|grabbed) by (?:the |an? )?(?:unknown |unidentified |outside |external )?(?:hackers?|attackers?|cyber ?criminals?|criminals|intruders?|threat actors?|(?:ransomware )?gang|cyber ?attackers?|unauthori[sz]ed (?:third )?part(?:y|ies))\b`,
      "gi",
    ),
    `${DATA_WORDS} took taken taking grabbed grabbing copied copying obtained downloaded downloading acquired stolen exfiltrated`,
  ],
  // A victim listed on the gang's leak site is one whose data the gang says it holds: "Clop ... added the health system
  // to its dark web leak site".
  [
    "data-theft",
    new RegExp(
      String.raw`\b(?:leak(?:ed|ing) (?:\S+ ){0,2}?${DATA}|${DATA} (?:of (?:\S+ ){1,4}?)?(?:was |were |has |had |have )?(?:been )?(?:leaked|published|dumped)|(?:published|dumped|posted|put(?![^.;]{0,40}?\b(?:at risk|in danger|in jeopardy)\b)) (?:what (?:it|they|the (?:gang|group|hackers|attackers)) (?:says|said|claims|claimed) (?:are |is |were |was )?)?(?:\S+ ){0,3}?(?:spreadsheets|documents|files|records|data)|breach of (?:\S+ ){0,2}?(?:data|information|records)|(?:been|were|was|being) (?:posted|published|dumped|leaked|uploaded) (?:on|to|onto) (?:\S+ ){0,3}?(?:leak (?:site|blog|page|portal)s?|dark ?web|extortion (?:site|blog|portal)s?)|${DATA} (?:\S+ ){3,12}?(?:was|were|have been|has been|had been) (?:\S+ )?(?:published|uploaded|dumped|leaked|posted) (?:online|on (?:a|the) (?:web ?site|internet|dark web))|(?:added|listed|named|put|(?<!\b(?:statement|message|apology|notice|note|announcement|update|explanation),? )posted) (?:\S+ ){0,6}?(?:on|to|onto) (?:its|their|the (?:gang|group)'s) (?:\S+ ){0,2}?leak (?:site|blog|page|website)s?)\b`,
      "gi",
    ),
    `${DATA_WORDS} leak* published dumped posted put breach been were was being added listed named`,
  ],
  // Extortion: a threat to publish stands alone; a ransom counts only beside stolen data (see extractAttackTypes).
  [
    "extortion",
    new RegExp(
      String.raw`\b(?:threaten(?:s|ed|ing)? (?:\S+ ){0,3}?to (?:publish|release|leak|sell|post|expose|dump|disclose|auction|make)|(?:publish|release|leak|sell|post|expose|dump|disclose)\w* (?:\S+ ){0,6}?(?:unless|if (?:\S+ ){0,3}?(?:(?:is|are|was|were)(?:n't| not)|(?:does|do|did)(?:n't| not)|fails? to) (?:paid|pay)\b)|${DATA} (?:\S+ ){0,2}?(?:(?:will|would) (?:soon )?be (?:\S+ )?(?:leaked|published|released|revealed|sold|made public|posted)|will (?:soon )?be exposed)|before (?:\S+ ){0,5}?${DATA} (?:are|is|get|gets) (?:leaked|published|released|sold|made public|posted|dumped)|(?:promise|guarantee|assurance|pledge)s? (?:\S+ ){0,2}?(?:not to (?:leak|publish|release|sell|dump|post|disclose)|that (?:no |it won't |it will not |they won't |they will not )(?:\S+ ){0,4}?(?:leak|publish|releas|sell|dump|post|disclos)\w*)|and (?:will|would|plans? to|intends? to|is going to) (?:publish|leak|release|sell|dump|post) (?:them|it|the (?:\S+ )?${DATA})|double[- ]extortion)\b`,
      "gi",
    ),
    `${DATA_WORDS} threaten* publish* releas* leak* sell* post* expos* dump* disclos* before promis* guarantee* assurance* pledg* and double`,
  ],
  // The same threat in other words: "vowed to release", "warned it would dump them", "could be published, the hackers
  // have warned", "in exchange for not leaking the data", "to stop the records from being sold".
  [
    "threat",
    new RegExp(
      String.raw`\b(?:(?:vow(?:s|ed|ing)?|pledg(?:es|ed|ing)|promis(?:es|ed|ing)) (?:\S+ ){0,3}?to (?:publish|release|leak|sell|post|expose|dump|disclose|auction|make)|(?:warn(?:s|ed|ing)?|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?) (?:that )?(?:it|they|the (?:gang|group|hackers|attackers|criminals)) (?:would|will) (?:\S+ )?(?:publish|release|leak|sell|post|expose|dump|disclose|auction|make)|(?:will|would|could) be (?:leaked|published|released|revealed|sold|made public|posted|dumped)\b(?=[^.;]{0,60}?\b(?:threaten(?:s|ed)?|warn(?:s|ed)?)\b)|(?:in exchange|in return) for not (?:publish|leak|releas|sell|post|dump|disclos)\w*|(?:promise|guarantee|pledge|assurance)s? (?:that )?(?:not to|no (?:\S+ ){0,3}?(?:will|would) be) (?:publish|leak|releas|sell|post|dump|disclos)\w*|for not (?:publishing|leaking|releasing|selling|posting|dumping|disclosing) (?:(?:\S+ ){0,3}?${DATA}|it|them)|to (?:prevent|stop|avoid|keep) (?:\S+ ){0,4}?(?:from )?(?:being )?(?:published|leaked|released|sold|posted|dumped|made public))\b`,
      "gi",
    ),
    "vow* pledg* promis* warn* threaten* will would could in guarantee* assurance* for to",
  ],
  // Money paid to get data back: the data was in the attackers' hands and the payment a ransom for it ("paid the
  // criminals to retrieve customer information", "paid to get the files back").
  [
    "theft-ransomed",
    new RegExp(
      String.raw`\bpa(?:y|ys|id|ying) (?:\S+ ){0,4}?to (?:(?:retrieve|recover|get back|regain|reclaim|buy back) (?:\S+ ){0,4}?${DATA}|get (?:\S+ ){0,3}?${DATA} back)\b`,
      "gi",
    ),
    "pay pays paid paying",
  ],
  // A demand for money is a ransom though the word is missing: "demanding two million euros", "asking A$750,000".
  [
    "ransom",
    phrases(
      [
        // A ransom note marks encryption (the "ransomware" cue reads it), not money asked for stolen data.
        String.raw`ransoms?(?! ?ware| notes?\b)`,
        // Demands turned down were demands made: "rejected the gang's demands", "turned down the demands of LockBit".
        String.raw`(?:turn(?:ed|s|ing)? down|reject(?:ed|s|ing)?|refus(?:ed|es|ing)|rebuff(?:ed|s|ing)?|ignor(?:ed|es|ing)) (?:the |their |its |all |any )?(?:\S+ ){0,3}?demands?`,
        String.raw`extort\w*`,
        String.raw`blackmail\w*`,
        String.raw`deadline`,
        String.raw`\d[\d.,]*(?: ?(?:m|k|million|bn|billion))? (?:ransom )?(?:demanded|sought)`,
        // The victim between the verb and the sum: "asked Montgomery General Hospital for $750,000".
        String.raw`ask(?:ed|ing|s)? (?:\S+ ){1,5}?for (?:about |around |roughly )?(?:[$\u00a3\u20ac\u00a5\u20b9]|\d[\d.,]* ?(?:million|m|k|bn|btc|bitcoins?)\b)`,
        String.raw`count-?down`,
        // The data offered back on a condition is a demand though no sum or "ransom" is named: "told the ministry to
        // contact the hackers if it wanted back the data", "if they want their files back".
        String.raw`(?<=\bif (?:it|they|you|we|the \w+) )want(?:s|ed)? (?:back (?:the |its |their |your |our )?(?:\S+ ){0,3}?${DATA}|(?:the |its |their |your |our )(?:\S+ ){0,3}?${DATA} back)`,
        String.raw`ultimatum`,
        // The data offered back for contact with the attackers: "would have to contact the hackers to get back the data".
        String.raw`contact(?:ing)? (?:them|us|the (?:hackers|attackers|gang|group|criminals|cybercriminals)) (?:\S+ ){0,2}?to (?:get|have|recover|retrieve|regain) (?:back )?(?:\S+ ){0,4}?${DATA}`,
        String.raw`(?:demand(?:ed|ing|s)?|ask(?:ed|ing|s)?(?: for)?|seek(?:ing|s)?|sought|want(?:ed|ing|s)?) (?:about |around |roughly |some |nearly |almost )?(?:[$\u00a3\u20ac\u00a5\u20b9]|(?:rs\.?|inr|usd|eur|gbp|chf|aud|cad|a\$|c\$|us\$|nz\$|s\$|r\$) ?\d[\d.,]*|\d[\d.,]* ?(?:million|m|k|bn|btc|bitcoins?|xmr|crores?|lakhs?|millones|millions|milioni|milhões|mio)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|half a|a) (?:hundred thousand|thousand|million|billion)\b|(?:a )?payment|money|bitcoins?|cryptocurrency)`,
      ],
      "gi",
    ),
    "ransom ransoms turn* reject* refus* rebuff* ignor* extort* blackmail* deadline # ask* count* ultimatum contact contacting demand* seek* sought want*",
  ],
  // A time given to pay, or a payment for what becomes of the data: "ten days to pay", "to pay for their deletion".
  [
    "ransom-pay",
    phrases(
      [
        String.raw`(?:days|hours|weeks) to pay`,
        String.raw`pay(?:s|ing)? (?:\S+ ){0,2}?for (?:the |their |its )?(?:deletion|return|destruction|non-publication)`,
        // A refusal to pay tells of a demand: "published the files after the clinic refused to pay".
        String.raw`(?:refus|declin)(?:e|es|ed|ing|al) to pay(?! (?:for|attention|tribute|compensation|bills?|wages|staff|damages|fines?)\b)`,
        // Money paid for what becomes of stolen data: "paid the gang to delete the files".
        String.raw`pa(?:y|ys|id|ying) (?:\S+ ){0,4}?to (?:delete|destroy|erase|return|not (?:publish|leak|release|sell))`,
      ],
      "gi",
    ),
    "days hours weeks pay pays paying paid refus* declin*",
  ],
  [
    "phishing",
    phrases(
      [
        String.raw`phishing`,
        String.raw`phished`,
        String.raw`spear-?phish\w*`,
        String.raw`malicious (?:email|link)s?`,
        String.raw`(?:spoofed|fake|bogus|fraudulent) (?:e-?mail|message|login page)s?`,
        String.raw`(?:clicked|opened) (?:on )?(?:a |an )?(?:\S+ ){0,2}?(?:link|attachment)s? (?:in|from) (?:a |an )?(?:\S+ ){0,2}?(?:e-?mail|message)s?`,
        String.raw`(?:e-?mail|message)s? (?:\S+ ){0,4}?(?:posing as|pretending to be|purporting to be|impersonating)`,
      ],
      "gi",
    ),
    "phishing phished spear* malicious spoofed fake bogus fraudulent clicked opened e email emails message messages",
  ],
  [
    "insider",
    phrases(
      [
        String.raw`insider`,
        String.raw`snoop\w*`,
        String.raw`(?:employee|staff member|worker)s? (?:who )?(?:had )?(?:improperly|inappropriately|wrongly|illegally) (?:accessed|viewed|looked)`,
        String.raw`improperly (?:accessed|viewed|looked at)`,
        String.raw`inappropriately accessed`,
        String.raw`former (?:\w+ )?(?:employee|staff member|worker|contractor) (?:improperly|accessed|stole|downloaded|copied|took|emailed|sent)`,
        // Access kept after leaving: "a former employee kept access to its scheduling calendar for months".
        String.raw`former (?:\w+ )?(?:employee|staff member|worker|contractor) (?:who )?(?:kept|retained|still had|continued to have|maintained) (?:\S+ ){0,2}?access`,
        String.raw`rogue (?:employee|staff)`,
        String.raw`accessed by (?:a |an )?(?:former |rogue |disgruntled )?(?:employee|staff member|worker|contractor)`,
        String.raw`(?:employee|staff member|staff|worker|nurse|doctor|physician|clinician|receptionist|pharmacist|contractor)s? (?:who )?(?:had )?(?:accessed|viewed|looked at|looked up|opened) (?:\S+ ){0,10}?without (?:\S+ )?(?:authori[sz]ation|permission|consent|(?:a |any )?(?:\S+ )?(?:reason|need|purpose))`,
        String.raw`(?:employee|staff member|worker|nurse)s? (?:who )?(?:\S+ ){0,2}?(?:emailed|sent|forwarded|copied|downloaded) (?:\S+ ){0,3}?(?:records|data|information|files) to (?:a |an |his |her |their )?(?:personal|private|home)`,
        PUNISHED_FOR_LOOKING,
        // An attempt is told of access staff should not have: "a member of staff allegedly tried to access her medical
        // records" (their own work's access is never "tried").
        String.raw`(?:employee|staff|worker|nurse|doctor|physician|clinician|receptionist|pharmacist|contractor)s? (?:\S+ ){0,5}?(?:tried|attempted|sought) to (?:access|view|look at|look up|open) (?:\S+ ){0,3}?(?:medical|patient|health|clinical) (?:records|files|notes|data|information)`,
        // Access a member of staff held, turned to theft: "used her access to the hospital's records to steal the data".
        String.raw`us(?:ed|ing) (?:her|his|their) (?:\S+ )?access (?:\S+ ){0,6}?to (?:steal|sell|copy|take|download|view|look)`,
        // A member of staff who took the data themselves: "an employee stole and sold the information of 12,000 patients".
        String.raw`(?:employee|staff member|worker|nurse|receptionist|pharmacist|clinician)s? (?:(?:at|of) (?:\S+ ){1,4}?)?(?:who )?(?:had |has |allegedly |then )?(?:stole|sold|took|copied|downloaded|exfiltrated) (?:\S+ ){0,4}?(?:records|data|information|files|details)`,
        // Staff held to account for taking it: "two employees of its call centres were arrested on suspicion of stealing
        // personal data" (a hacker arrested is no insider: the staff noun is what tells it).
        String.raw`(?:employee|staff member|worker|nurse|receptionist|pharmacist|clinician|contractor)s? (?:\S+ ){0,6}?(?:arrested|charged|convicted|accused|suspected|indicted|sentenced|fired|dismissed|sacked) (?:\S+ ){0,2}?(?:of|for|with) (?:illegally |unlawfully )?(?:stealing|selling|copying|taking|leaking|downloading|exfiltrating) (?:\S+ ){0,4}?(?:records|data|information|files|details)`,
      ],
      "gi",
    ),
    `insider snoop* employee employees staff worker workers improperly inappropriately former rogue accessed nurse nurses doctor doctors physician physicians clinician clinicians receptionist receptionists pharmacist pharmacists contractor contractors used using ${PUNISHED_OPENINGS}`,
  ],
  [
    "misconfiguration",
    phrases(
      [
        String.raw`misconfigur\w*`,
        // "an unsecured, password-free database": the adjectives may stand in a list.
        String.raw`(?:unsecured|unprotected|unsecure|password-less|password-free),? (?:\S+ )?(?:database|server|bucket|cloud|storage)`,
        // A file put "on an insecure part of a website", "on an unsecured section of its web server": a place anyone reaches.
        String.raw`(?:unsecured|unprotected|unsecure|insecure) (?:part|section|area|folder|directory|corner) of (?:a|an|the|its) (?:\S+ )?(?:website|web ?server|server|site)`,
        String.raw`(?:database|server|bucket)s? (?:was |were )?(?:left )?(?:exposed|unprotected|open) (?:online|to the internet)`,
        String.raw`left (?:open|exposed|unprotected)`,
        // The store between the verb and its state: "left a database of 48,000 records exposed on the internet".
        String.raw`left (?:\S+ ){1,6}?(?:open|exposed|unprotected) (?:online|on the (?:open )?internet|to the (?:open )?internet|to anyone)`,
        String.raw`publicly (?:accessible|available|exposed) (?:database|server|bucket|backup)`,
        // Data put on a public-facing site, not the site itself ("only its public-facing website was affected").
        String.raw`(?:on|onto|to) (?:a|an|the|its) public-facing (?:website|server|site)`,
        String.raw`without (?:a )?password protection`,
        // "found the database open to anyone on the internet": a store anyone could reach.
        String.raw`(?:database|server|bucket|storage|backup|archive)s? (?:(?!not |never )\S+ ){0,4}?(?:open|accessible|exposed|available) to (?:anyone|everyone|the public|the (?:open )?internet)`,
      ],
      "gi",
    ),
    "misconfigur* unsecured unprotected unsecure insecure password database databases server servers bucket buckets storage backup backups archive archives left publicly on onto to without",
  ],
  ["ddos", /\b(?:DDoS|denial[- ]of[- ]service)\b/gi, "ddos denial"],
  // A flood of traffic, or several websites brought down ("brought down nine websites", "knocked the sites of ... offline"):
  // a ransomware attack takes down its victim's one site, a DDoS campaign the sites of many.
  [
    "ddos",
    new RegExp(
      String.raw`\b(?:${SITES_DOWN}|(?:flood(?:ed|ing)?|overwhelm(?:ed|ing)?|bombard(?:ed|ing)?) (?:\S+ ){0,4}?(?:with|by) (?:\S+ ){0,2}?(?:traffic|requests)|flood(?:ed|ing|s)? of (?:\S+ ){0,2}?(?:traffic|requests))\b`,
      "gi",
    ),
    "brought bring* took tak* knock* web* sites portals flood* overwhelm* bombard*",
  ],
  ["bec", /\bBEC\b/g, "bec"],
  [
    "bec",
    phrases(
      [
        String.raw`business email compromise`,
        String.raw`impersonat\w+ (?:an? |the )?(?:executive|ceo|cfo|staff|employee|vendor|supplier)`,
        String.raw`pos(?:ing|ed) as (?:the |a |an )?(?:\S+ ){0,3}?(?:ceo|cfo|chief|executive|director|vendor|supplier|contractor)`,
        String.raw`invoice fraud`,
        String.raw`fake invoices?`,
        String.raw`(?:tricked|duped|deceived|conned|fooled) (?:\S+ ){0,4}?into (?:wiring|transferring|paying|sending|changing|redirecting)`,
        String.raw`wir(?:ed|ing) (?:\S+ ){0,3}?to (?:a |an )?(?:fraudulent|fake|criminal|scammers') (?:bank )?accounts?`,
        String.raw`(?:divert|redirect)(?:ed|ing)? (?:\S+ )?(?:payments?|funds|wire transfers?)`,
        String.raw`switch(?:ed)? (?:its |their )?(?:payment|bank) (?:method|details|account)`,
      ],
      "gi",
    ),
    "business impersonat* posing posed invoice fake tricked duped deceived conned fooled wired wiring divert* redirect* switch*",
  ],
  [
    "malware",
    phrases(
      [
        String.raw`malware`,
        String.raw`trojan`,
        String.raw`infostealer`,
        String.raw`info-stealer`,
        String.raw`spyware`,
        String.raw`wiper`,
        String.raw`backdoor`,
        String.raw`keylogger`,
        String.raw`computer virus`,
        String.raw`malicious (?:software|code|program)`,
      ],
      "gi",
    ),
    "malware trojan infostealer info spyware wiper backdoor keylogger computer malicious",
  ],
];
// Malicious software told as another kind than ransomware by what it was made to do: "malware designed to steal login
// credentials", "credential-stealing malware" (a named stealer may be another story's product, not this attack's tool).
const OTHER_MALWARE =
  /\bmalware (?:\S+ )?(?:designed|built|meant|intended|used|able) to (?:steal|harvest|capture|record|log|grab)\b|\b(?:credential|password|login)[- ]steal(?:ing|er) malware\b/i;
// Per cue family, the words its pattern cannot match without (see cue-gate.ts); keep them in step with CUES.
const GATES = wordGates<Cue[0]>({
  ransomware: "ransomware encrypt* locked decryption decryptor encryption crypto ransom",
  encryption:
    "encryptor encryptors encrypting encryption scrambl* locked unlock decrypt screen screens computers monitors desktops displays unreadable",
  "encryption-de": GERMAN_ENCRYPTION_GATE,
  "theft-strong":
    "stole stolen steal* exfiltrat* theft made copied copying took taken taking grabbed grabbing obtained downloaded downloading acquired siphon* pilfer* swiped swiping snatch* plunder* walked walking got getting",
  "theft-de": GERMAN_THEFT_GATE,
  "theft-ransomed": "retrieve recover regain reclaim back",
  // The verb its look-behind reads: the pattern runs on no sentence without one.
  "theft-claim":
    "holding hold holds held has have had possess* publish* leak* releas* dump* auction* sitting hand hands possession",
  "theft-said":
    "data database databases files information records photos documents images details emails letters invoices spreadsheets correspondence folders archive archives",
  "data-theft": "leak* leaked published dumped posted put exposed breach uploaded added listed named",
  extortion:
    "threaten* unless leaked published released revealed sold made posted exposed double dumped publish leak release sell dump post promise promises guarantee guarantees assurance assurances pledge pledges",
  threat:
    "vow* pledg* promis* guarantee* assurance* warn* threaten* exchange return prevent stop avoid keep publishing leaking releasing selling posting dumping disclosing",
  "threat-de": GERMAN_THREAT_GATE,
  ransom:
    "ransom ransoms extort* blackmail* deadline countdown count ultimatum contact contacting demand* ask* seek* sought want wants wanted wanting",
  "ransom-de": GERMAN_RANSOM_GATE,
  "ransom-pay": "pay pays paying paid",
  phishing:
    "phishing phished spear* malicious spoofed fake bogus fraudulent clicked opened posing pretending purporting impersonating",
  insider:
    "insider snoop* improperly inappropriately wrongly illegally former rogue accessed without personal private home stole sold took copied downloaded exfiltrated accessing viewing looking access stealing selling copying taking leaking downloading exfiltrating",
  misconfiguration:
    "misconfigur* unsecured unprotected unsecure insecure password online internet left publicly public anyone everyone",
  ddos: "ddos denial web websites sites portals flood* overwhelm* bombard*",
  bec: "business bec impersonat* posing posed invoice* fake divert* redirect* switch* tricked duped deceived conned fooled wired wiring",
  malware: "malware trojan infostealer info spyware wiper backdoor keylogger computer malicious",
  unknown: "",
});
// Each cue's gate bit, read once here rather than by its family's name for every sentence.
const CUE_BITS = CUES.map(([type]) => GATES.bit[type]);
// Where each cue can open, found for all cues in one pass over a sentence's words; the cues made sticky to be tried there.
const CUE_OPENINGS = openingWords(Object.fromEntries(CUES.map(([, , words], k) => [String(k), words])));
const OPENING_BITS = CUES.map((_, k) => CUE_OPENINGS.bit[String(k)]!);
const STICKY = CUES.map(([, re]) => stickyOf(re));
// Cues whose gate words are common ("data", "keep", "return") need a second word as well, read from a second family:
// a threat needs one of its verbs, or "not" ("in return for not leaking"), or a verb of publishing after "stop" or
// "keep"; data said to be held needs the claim or the saying. Keep them in step with the "threat" and "theft-said" cues.
const SECOND_GATES = wordGates({
  threat: "vow* pledg* promis* guarantee* assurance* warn* threaten*",
  not: "not",
  forNot: "exchange return publishing leaking releasing selling posting dumping disclosing",
  keep: "prevent stop avoid keep",
  published: "published leaked released sold posted dumped made",
  claim: "claim claims claimed claiming say says said boast boasts boasted",
});
function secondGate(type: Cue[0], s: Sentence): boolean {
  if (type !== "threat" && type !== "theft-said") return true;
  const hits = SECOND_GATES.hits(s);
  const bit = SECOND_GATES.bit;
  if (type === "theft-said") return !!(hits & bit.claim);
  return (
    !!(hits & bit.threat) ||
    (!!(hits & bit.forNot) && !!(hits & bit.not)) ||
    (!!(hits & bit.keep) && !!(hits & bit.published))
  );
}
const CYBER = phrases([
  String.raw`cyber-?\s?attacks?`,
  String.raw`cyber incident`,
  String.raw`cybersecurity incident`,
  String.raw`security incident`,
  String.raw`(?:network|computer|it|systems?) security issue`,
  String.raw`hack(?:ed|ers?|ing)?`,
  String.raw`breach(?:ed)?`,
  String.raw`intrusion`,
  String.raw`unauthori[sz]ed (?:access|party|individuals|actor)`,
  String.raw`compromised`,
  String.raw`cyber`,
  ...GERMAN_CYBER,
]);
// The words CYBER cannot match without (see cue-gate.ts; keep them in step): an article that never says "cyber",
// "hack" or "breach" (a ransomware story may not) ran the pattern over every sentence.
const CYBER_GATE = wordGates({
  cyber: `cyber* security hack* breach* intrusion unauthori* compromised ${GERMAN_CYBER_GATE}`,
});

// "ransomware" naming the attacker rather than the attack: "the LockBit ransomware gang", "a ransomware-as-a-service operation".
const DESCRIBES_ATTACKER =
  /^\.\w|^(?:-as-a-service)?(?: \(raas\))?\s+(?:gangs?|groups?|operations?|operators?|actors?|crews?|cartels?|outfits?|affiliates?|brands?|collectives?|syndicates?|famil(?:y|ies)|developers?|negotiators?|criminals?|hackers?|players?|threat actors?|leak sites?|sites?|blogs?|(?:\(raas\) )?operation)\b/i;

const CLAUSE_END =
  /[;:!?()]|\.\s|,\s|\s-\s|\s(?:but|though|although|while|whereas|however|because|after|before|when|which)\s/g;
const NEGATION = new RegExp(
  String.raw`\b(?:not|no|never|nor|neither|without|yet to|denied|den(?:y|ies)|rather than|none|nothing|no longer|${GERMAN_NEGATION})\b|n't\b`,
  "i",
);
// "may have taken the data" is a hedged report of what happened, and counts, with an adverb too ("may also have taken").
const HEDGE = phrases([
  String.raw`(?:${MAY_MODAL}|might|could|would|will)(?! (?:also |already |even |still |well )?have)`,
  String.raw`attempts? to`,
  String.raw`attempting to`,
  String.raw`trying to`,
  String.raw`tried to`,
  String.raw`designed to`,
  String.raw`aim(?:s|ed)? to`,
  String.raw`seek(?:s|ing)? to`,
  String.raw`in order to`,
  String.raw`possibl[ey]`,
  String.raw`potential(?:ly)?`,
  // An open extent: "assessing to what extent records were stolen", "how much data was taken".
  String.raw`what extent`,
  String.raw`how (?:much|many)`,
]);
// Speculation is no statement that systems were encrypted: "probably encrypted", "may have been ransomware, an expert
// speculated". A hedged report of what happened ("may have been hit by ransomware, officials said") still counts.
// An analyst's inference is speculation too: "a deadline points to a ransomware event".
const SPECULATION =
  /\b(?:probably|likely|unlikely|possibly|perhaps|speculat\w*|suspects? that|points? to|pointing to|hints? at)\b/i;
const SPECULATED_AFTER = /^[^.;]{0,80}?\b(?:speculat\w*|guess\w*)\b/i;
// A habit is no fact of this attack: "gangs like this one often threaten to publish", "known for stealing data".
const HABIT =
  /\b(?:often|usually|typically|normally|generally|commonly|routinely|frequently|tends? to|known (?:for|to))\b/i;
// A negated object denies the verb before it: "exfiltrated no data", "encrypted nothing".
const NOTHING_AFTER = /^\s+(?:nothing|no (?:\S+ )?(?:data|files|records|information|documents|systems|servers))\b/i;
// "stolen records" names data already taken, whatever the verb of its clause says: "will leak stolen records unless paid".
const ATTRIBUTIVE_STOLEN = /^stolen \w/i;
// After an auxiliary "stolen" is a passive verb, which a hedge or negation governs: "how many files were stolen in it".
const AUXILIARY_BEFORE = /\b(?:was|were|been|being|is|are|be|got|get)\s+$/i;
function attributiveStolen(text: string, at: number): boolean {
  return (
    ATTRIBUTIVE_STOLEN.test(text.slice(at, at + 8)) && !AUXILIARY_BEFORE.test(text.slice(Math.max(0, at - 12), at))
  );
}
// A negated verb leaves "the stolen data" stolen: "demanded $1m for not publishing the stolen data", "has not released
// the stolen files". A negation of the noun phrase itself denies it: "no stolen data", "found nothing", "without any".
const NOMINAL_NEGATION = /\b(?:no|none|nothing|without|any|neither|nor|den(?:y|ies|ied))\b/i;
function presupposesTheft(text: string, at: number, head: string): boolean {
  return attributiveStolen(text, at) && !NOMINAL_NEGATION.test(head);
}
// "Stolen" data said to be gone is data the victim lost, not data someone holds: "could not recover its hacked data, so the
// stolen information has been destroyed", "the stolen records are lost for good".
const STOLEN_BUT_LOST =
  /^stolen (?:\S+ ){0,2}?(?:has|have|had|was|were|is|are) (?:now |since |also )?(?:been )?(?:destroyed|lost|wiped|erased|gone|unrecoverable|irrecoverable|beyond recovery)\b/i;
// An open question or a condition says nothing happened: "whether ransomware was involved", "should it find data was taken".
const OPEN_QUESTION = /\b(?:whether|if|unless|should|in case|in the event)\b/i;
// Phishing people are told to look out for is a risk after the attack, not how it was done: "staff were told to watch
// for phishing emails that use the stolen data", "warned patients to beware of scam emails".
const WARNED_OF =
  /\b(?:watch(?: out)? for|look(?:ing)? out for|beware(?: of)?|be (?:alert|wary|vigilant|on (?:the )?(?:lookout|guard)) (?:to|of|for)|warn\w* (?:\S+ ){0,4}?(?:of|about|against))(?:\s+\S+){0,3}\s*$/i;
// A hedge that follows its cue: "data theft could not be ruled out", "whether data was stolen is not clear".
const HEDGE_AFTER =
  /^[^.;]{0,40}?\b(?:could not be (?:ruled out|excluded)|cannot be (?:ruled out|excluded)|is (?:not (?:yet )?(?:clear|known)|unclear|unknown)|remains unclear)\b/i;

// An explainer of how such attacks go ("In a ransomware attack, the attackers steal ..."), not a fact of this one.
const EXPLAINER =
  /^(?:in|during|with) (?:a|an|any) (?:typical )?(?:ransomware|cyber|double[- ]extortion)[- ]?attacks?,/i;

// A clause that explains what the attack's kind does ("hit by ransomware, which locks files until a ransom is paid") makes
// its sentence read as general, though the clause before it states a fact of this attack.
const EXPLAINING_CLAUSE =
  /,\s+(?:which|a type of|a kind of|a form of|malicious software|malware that|software that)\b/i;

// A contrast that opens the sentence sets a habit aside before the fact it tells: "Unusually for a ransomware crew, which
// would normally encrypt a whole system, the gang encrypted only some files".
const CONTRAST_ASIDE =
  /^(?:unlike|unusually for|contrary to|as opposed to|in contrast (?:to|with))\b[^,;.]{0,60},\s(?:which|who)\b[^,;.]{0,120},\s/i;

// The victim's earlier incident told after the cue: "a ransomware attack on the same health system forced it to ...".
const SAME_VICTIM_AGAIN = /^[^.;,]{0,30}?\b(?:on|against|at|targeting) the same\b/i;

// The last `words` words of the clause that holds `at`.
function clauseHead(text: string, at: number, words: number): string {
  const from = Math.max(0, at - 100);
  let start = from;
  CLAUSE_END.lastIndex = from;
  for (let m = CLAUSE_END.exec(text); m && m.index < at; m = CLAUSE_END.exec(text)) start = m.index + m[0].length;
  return lastWords(text, Math.min(start, at), at, words);
}

// A cue that is a relative clause ("the hackers who encrypted its servers") has its own subject: a negation before it
// governs the main verb ("won't pay the ransom demanded by the hackers who ..."), not the cue.
const RELATIVE_CUE = /^\S+ (?:who|that|which) /i;

const SUM_RANGE =
  /^\S*(?:\s+\S+){0,3}?\s*[$\u00a3\u20ac\u00a5\u20b9]?\d[\d.,]*(?:\s?(?:million|billion|m|k|bn|crores?|lakhs?)\b)?\s*(?:to|-|\u2013|and|or)\s*(?:[$\u00a3\u20ac\u00a5\u20b9]|\d)/i;

const COLUMN_AFTER =
  /^\s+(?:round-?ups?|recaps?|digests?|news|weekly|tracker|watch|briefings?|bulletins?|newsletters?|updates?|feeds?|monitor|alerts?)\b/i;
const GANG_HEADING_BEFORE = /^\s*\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*)?\s+$/u;
function namesColumnOrGang(text: string, at: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  return COLUMN_AFTER.test(after) || (/^\s*:/.test(after) && GANG_HEADING_BEFORE.test(text.slice(0, at)));
}
const EXTORTION_ACTOR =
  /^(?:-\w+)?\s+(?:gangs?|groups?|crews?|outfits?|actors?|cartels?|syndicates?|collectives?|operators?|criminals?|hackers?|rings?)\b/i;

// "no ransom was paid", "did not pay the ransom": the negation denies the payment, and the ransom was still asked.
const PAY_BEFORE = /\bpa(?:y|id|ying)\s+(?:\S+\s+)?$/i;
const PAID_AFTER = /^\s+(?:\S+\s+)?(?:was|were|has|had|have)\s+(?:not\s+|never\s+)?(?:been\s+)?paid\b/i;

// "found no evidence that insured persons' social data had been stolen": a denied finding governs its whole "that" clause,
// however long the subject before the cue. Read over a longer head only when one of its nouns is there.
const DENIED_FINDING =
  /\b(?:no|any) (?:evidence|signs?|indications?|proof|suggestion) (?:that|of)\s(?:(?!but\b|however\b|although\b)[^,;:])*$|\bnothing to (?:suggest|indicate|show) that\s(?:(?!but\b|however\b|although\b)[^,;:])*$/i;
const FINDING_NOUN = /\b(?:evidence|signs?|indications?|proof|suggest|indicate|show)\b/i;
function deniedFinding(text: string, at: number, head: string): boolean {
  if (!FINDING_NOUN.test(text.slice(Math.max(0, at - 120), at))) return false;
  return DENIED_FINDING.test(head) || DENIED_FINDING.test(clauseHead(text, at, 16));
}

function stated(type: Cue[0], text: string, m: RegExpExecArray): boolean {
  const head = RELATIVE_CUE.test(m[0]) ? "" : clauseHead(text, m.index, 8);
  // The condition of "if it wanted back the data" is the demand's own, not an open question.
  const offeredBack = type === "ransom" && /^want/i.test(m[0]);
  if ((OPEN_QUESTION.test(head) && !offeredBack) || HABIT.test(head)) return false;
  if (type === "phishing" && WARNED_OF.test(head)) return false;
  if (
    ((NEGATION.test(head) && NEGATION.test(withoutNegatedDoubt(head))) ||
      (head !== "" && deniedFinding(text, m.index, head))) &&
    !unknownNotDenied(head, text.slice(m.index + m[0].length, m.index + m[0].length + 160)) &&
    !(type === "theft-strong" && presupposesTheft(text, m.index, head)) &&
    !(
      type === "ransom" &&
      (PAY_BEFORE.test(head) || PAID_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
    )
  )
    return false;
  if (NOTHING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return false;
  const encrypts = type === "ransomware" || type === "encryption" || type === "encryption-de";
  if (
    encrypts &&
    (SPECULATION.test(head) || SPECULATION.test(m[0]) || SPECULATED_AFTER.test(text.slice(m.index + m[0].length)))
  )
    return false;
  if (
    type === "ransomware" &&
    /^ransomware$/i.test(m[0]) &&
    DESCRIBES_ATTACKER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
  )
    return false;
  // A column's name is no attack's kind: "Ransomware roundup: Akira hits ..."; nor is a tracker's "Medusa ransomware:"
  // heading, which names the gang, nor a post's "#ransomware" tag.
  if (
    type === "ransomware" &&
    /^ransomware$/i.test(m[0]) &&
    (text.charCodeAt(m.index - 1) === 35 || namesColumnOrGang(text, m.index, m.index + m[0].length))
  )
    return false;
  // "The BianLian extortion group", "a data-extortion crew": the word describes the attacker, not what it did here.
  if (
    type === "ransom" &&
    /^(?:extort|blackmail|ransom)/i.test(m[0]) &&
    EXTORTION_ACTOR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
  )
    return false;
  // Encryption as protection ("poorly encrypted", "the data was encrypted at rest") is no ransomware.
  // A range of sums ("sought payments of $250,000 to $500,000") is a gang's habit or many victims', not this demand.
  if (type === "ransom" && SUM_RANGE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  // A negation inside the match ("files were not encrypted") denies it; "encrypted at rest" after it is protection too.
  if (encrypts) {
    return (
      !/\b(?:poorly|properly|securely|strongly|weakly|adequately|at rest|not|never|no longer)\b|n't\b/i.test(m[0]) &&
      !/^,? (?:at rest|in transit)\b|^,? (?:so|meaning|which means) (?:\S+ ){0,3}?(?:cannot|can't|could not|couldn't|unreadable)\b/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 60),
      )
    );
  }
  // Only taking data is hedged ("whether data was stolen", "attempts to steal"); the other cues state facts or carry
  // their own modal ("will be leaked", "unless").
  if (
    type !== "theft-strong" &&
    type !== "theft-claim" &&
    type !== "theft-said" &&
    type !== "theft-de" &&
    type !== "data-theft"
  )
    return true;
  if (type === "theft-strong" && attributiveStolen(text, m.index))
    return !STOLEN_BUT_LOST.test(text.slice(m.index, m.index + 80));
  // "which held 8TB of images; no data was taken": the sentence denies the theft its cue seemed to tell.
  if (NO_THEFT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 100))) return false;
  return !HEDGE.test(head) && !HEDGE_AFTER.test(text.slice(m.index + m[0].length));
}

const EXPOSED = new RegExp(
  String.raw`\b(?:${DATA} (?:\S+ ){0,4}?(?:compromised|exposed|acquired)|(?:exposed|compromised|acquired) (?:\S+ ){0,3}?${DATA})\b`,
  "gi",
);

// An open extent is a question too: "to determine to what extent patient data was compromised", "how much data was accessed".
const NO_THEFT_AFTER =
  /^[^.]{0,80}?\bno (?:\S+ )?(?:data|files|records|information) (?:was|were|had been|has been) (?:taken|stolen|exfiltrated|copied|removed)\b/i;
const VOLUME = /\b\d[\d.,]*[ -]?(?:[kmgt]b|gigabytes?|terabytes?|gigs)\b/i;
const MAYBE = new RegExp(
  String.raw`\b(?:${MAY_MODAL}|might|could|would|will|if|whether|possibl[ey]|potential(?:ly)?|what extent|how much|how many)\b`,
  "i",
);

// EXPOSED opens on a data word or on its verb: it is tried only where one begins.
const EXPOSED_OPENINGS = wordOpenings(`${DATA_WORDS} exposed compromised acquired`);

// The first data said to be exposed or compromised in this incident, stated without a negation or hedge.
function firstExposed(sentences: Sentence[]): { start: number; end: number; sentence: Sentence } | null {
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate) continue;
    for (const m of matchesAt(EXPOSED, s.text, EXPOSED_OPENINGS.inSentence(s))) {
      // Unlike data taken, data that "may have been exposed" is not said to be in anyone's hands.
      const head = clauseHead(s.text, m.index, 8);
      // The negation may stand inside the match, between the data and its verb: "patient data had not been compromised".
      if (NEGATION.test(head) || NEGATION.test(m[0]) || MAYBE.test(head) || MAYBE.test(m[0])) continue;
      return { start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s };
    }
  }
  return null;
}

/**
 * Attack types of this incident, in the canonical order; "unknown" when only "a cyber attack" is said. `reported`, the
 * sentence that reports the incident (relevance), stands for an attack of unstated kind when no cue names one: an
 * incident report always tells of some attack ("the attack on X was carried out by Embargo", "Qilin claimed X").
 */
export function extractAttackTypes(
  sentences: Sentence[],
  reported: Sentence | null = null,
): {
  types: AttackType[];
  evidence: Map<AttackType, { start: number; end: number; sentence: Sentence }>;
} {
  const found = new Map<Cue[0], { start: number; end: number; sentence: Sentence }>();
  // The gate bits of the cue families found so far (a family's cues share its bit).
  let foundBits = 0;
  let cyber: Sentence | null = null;
  for (const s of sentences) {
    if (s.background || s.boilerplate || EXPLAINER.test(s.text)) continue;
    let end = s.text.length;
    let from = 0;
    if (s.generic) {
      const aside = CONTRAST_ASIDE.exec(s.text);
      if (aside && !isGenericText(s.text.slice(aside[0].length))) from = aside[0].length;
      else {
        const explaining = EXPLAINING_CLAUSE.exec(s.text);
        if (!explaining || isGenericText(s.text.slice(0, explaining.index))) continue;
        end = explaining.index;
      }
    }
    const hits = GATES.hits(s);
    // The sentence's openings, found once for every cue whose gate it opens.
    let openings: number[] | null | undefined;
    for (let k = 0; k < CUES.length; k++) {
      const bit = CUE_BITS[k]!;
      if (!(hits & bit) || foundBits & bit) continue;
      const [type, re] = CUES[k]!;
      const primary = STANDS_FOR[type];
      if ((primary && foundBits & GATES.bit[primary]) || !secondGate(type, s)) continue;
      if (openings === undefined) openings = CUE_OPENINGS.findIn(s);
      for (const m of matchesOpening(re, STICKY[k]!, s.text, openings, OPENING_BITS[k]!)) {
        if (m.index + m[0].length > end) break;
        if (
          m.index < from ||
          !stated(type, s.text, m) ||
          aboutAnotherIncident(s.text.slice(0, m.index + m[0].length + 10), s) ||
          SAME_VICTIM_AGAIN.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 50))
        )
          continue;
        found.set(type, { start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s });
        foundBits |= bit;
        break;
      }
    }
    if (!cyber && CYBER_GATE.hits(s) && CYBER.test(end < s.text.length ? s.text.slice(0, end) : s.text)) cyber = s;
  }
  const evidence = new Map<AttackType, { start: number; end: number; sentence: Sentence }>();
  for (const [k, v] of found) {
    const primary = STANDS_FOR[k];
    if (primary && found.has(primary)) continue;
    const type = primary ?? k;
    if (
      type !== "ransom" &&
      type !== "theft-strong" &&
      type !== "theft-claim" &&
      type !== "theft-said" &&
      type !== "theft-ransomed"
    )
      evidence.set(type as AttackType, v);
  }
  // Data taken is theft; data leaked or exposed is theft unless the article is about a database left open, and data
  // an employee looked at or took is the insider's doing.
  // Files bought back after encryption are decrypted, not stolen: "paid the ransom to recover files lost in the attack".
  const ransomed = evidence.has("ransomware") ? undefined : found.get("theft-ransomed");
  const strong =
    found.get("theft-strong") ??
    found.get("theft-claim") ??
    found.get("theft-said") ??
    found.get("theft-de") ??
    ransomed;
  if (strong) evidence.set("data-theft", strong);
  else if (evidence.has("misconfiguration")) evidence.delete("data-theft");
  if (evidence.has("insider")) evidence.delete("data-theft");
  // A threat to publish beside a stated volume ("before 120 GB of records are released") speaks of data already taken.
  const threat = evidence.get("extortion");
  if (!evidence.has("data-theft") && threat && VOLUME.test(threat.sentence.text)) evidence.set("data-theft", threat);
  // With no other type stated, data said to be accessed or exposed in the breach is data theft.
  const exposed = evidence.size === 0 ? firstExposed(sentences) : null;
  if (exposed) evidence.set("data-theft", exposed);
  // A ransom, extortion or blackmail word is extortion when stolen data is what it is for.
  const ransom = found.get("ransom") ?? found.get("ransom-pay") ?? found.get("ransom-de") ?? ransomed;
  if (!evidence.has("extortion") && ransom && evidence.has("data-theft")) evidence.set("extortion", ransom);
  // A ransom asked of this victim tells of an attack whose kind the text does not give ("hit by Akira, £300,000 demanded").
  if (evidence.size === 0 && cyber) evidence.set("unknown", { start: cyber.start, end: cyber.end, sentence: cyber });
  else if (evidence.size === 0 && ransom) evidence.set("unknown", ransom);
  else if (evidence.size === 0 && reported)
    evidence.set("unknown", { start: reported.start, end: reported.end, sentence: reported });
  // Ransomware is malicious software too; "malware" only counts when no ransomware is mentioned, unless the text tells
  // malware of another kind beside it ("also used malware designed to steal passwords").
  const malware = evidence.get("malware");
  if (evidence.has("ransomware") && !(malware && OTHER_MALWARE.test(malware.sentence.text))) evidence.delete("malware");

  const order: AttackType[] = [
    "ransomware",
    "data-theft",
    "extortion",
    "ddos",
    "phishing",
    "insider",
    "misconfiguration",
    "bec",
    "malware",
    "unknown",
  ];
  return { types: order.filter((t) => evidence.has(t)), evidence };
}
