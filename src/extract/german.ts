// German-language news (a German, Austrian or Swiss clinic reported in its own language). Design note: the product reads
// such an article by its words, not its grammar: the attack nouns ("Cyberangriff", "Hackerangriff"), the theft and
// ransom words ("Daten gestohlen", "Lösegeld", "Erpressung"), encryption ("verschlüsselt") and the negators "nicht" and
// "kein" sit beside the English cues, so relevance, attack types and the victim come out as they do in English. None of
// these words is an English one, so an English article reads as before. Word order, cases and separable verbs are not
// parsed: a German sentence whose negation stands after its verb ("Daten wurden gestohlen, sagt nicht ...") may be read
// wrongly, as an English one with an unusual shape may be. Umlauts may be written out ("Loesegeld", "verschluesselt").
// Patterns are matched on text with ASCII word boundaries: "Lösegeld" is, for `\b` and the cue gates, the words "L" and
// "segeld", so gate words name the part after an umlaut.

const OE = String.raw`(?:ö|oe)`;
const UE = String.raw`(?:ü|ue)`;

/** German words for a cyber attack on this victim ("Ziel eines Cyberangriffs", "nach einem Hackerangriff"). */
export const GERMAN_CYBER = [
  String.raw`cyber-?angriff\w*`,
  String.raw`hacker-?angriff\w*`,
  String.raw`cyber-?attacke\w*`,
  String.raw`hacker-?attacke\w*`,
  String.raw`erpressungstrojaner\w*`,
  String.raw`verschl${UE}sselungstrojaner\w*`,
  String.raw`schadsoftware`,
  String.raw`datendiebstahl\w*`,
  String.raw`datenleck\w*`,
];
/** Gate words for GERMAN_CYBER (see cue-gate.ts); "cyber*" and "hack*" are in the English gates already. */
export const GERMAN_CYBER_GATE = "erpressungstrojaner* verschl* schadsoftware datendiebstahl* datenleck*";

/** Data taken: "Daten wurden gestohlen", "erbeutete Patientendaten", "Daten sind abgeflossen". */
export const GERMAN_THEFT = [
  String.raw`gestohlen\w*`,
  String.raw`erbeutet\w*`,
  String.raw`abgeflossen\w*`,
  String.raw`entwendet\w*`,
  String.raw`abgegriffen\w*`,
  String.raw`datendiebstahl\w*`,
];
export const GERMAN_THEFT_GATE = "gestohlen* erbeutet* abgeflossen* entwendet* abgegriffen* datendiebstahl*";

/** Systems encrypted or locked ("Server verschlüsselt", "ein Verschlüsselungstrojaner"), not data stored encrypted. */
export const GERMAN_ENCRYPTION = [
  String.raw`verschl${UE}ssel(?:t|ten|te|ung)\b(?! (?:gespeichert|${UE}bertragen|abgelegt|gesichert))`,
  String.raw`verschl${UE}sselungstrojaner\w*`,
  String.raw`erpressungstrojaner\w*`,
  String.raw`erpressersoftware`,
];
export const GERMAN_ENCRYPTION_GATE = "verschl* erpressungstrojaner* erpressersoftware";

/** A ransom or extortion word: "Lösegeld", "Lösegeldforderung", "Erpressung", "erpresst". */
export const GERMAN_RANSOM = [String.raw`l${OE}segeld\w*`, String.raw`erpress\w*`];
export const GERMAN_RANSOM_GATE = "segeld* loesegeld* erpress*";

/** A threat to publish: "drohen mit der Veröffentlichung", "drohten, die Daten zu veröffentlichen". */
export const GERMAN_THREAT = [
  String.raw`droh\w* (?:\S+ ){0,6}?ver${OE}ffentlich\w*`,
  String.raw`ver${OE}ffentlich\w* (?:\S+ ){0,4}?(?:zu )?(?:droh\w*|gedroht)`,
];
export const GERMAN_THREAT_GATE = "droh* gedroht";

/** German nouns that follow a name in a capitalised run and end it ("Klinikum Talberg Opfer eines Cyberangriffs"). */
export const GERMAN_NAME_BREAKERS =
  "cyberangriff cyberangriffs cyberangriffe hackerangriff hackerangriffs angriff angriffs opfer ziel lösegeld loesegeld lösegeldforderung millionen milliarden";
/** German articles, which open no name ("Das Klinikum Bergfeld" is Klinikum Bergfeld). */
export const GERMAN_ARTICLES = "das der die dem";

/** German negators, read as "not" and "no" are ("keine Daten gestohlen", "nicht verschlüsselt"). */
export const GERMAN_NEGATION = String.raw`nicht|kein(?:e|en|er|em|es)?`;

/** A German health body named in a phrase ("ein Krankenhaus", "die Klinik", "eine Arztpraxis"). */
export const GERMAN_HEALTH_VICTIM = [
  String.raw`krankenh(?:a|${"\u00e4"}|ae)us(?:es|er)?`,
  String.raw`kliniken`,
  String.raw`klinikum`,
  String.raw`klinik`,
  String.raw`uniklinik\w*`,
  String.raw`arztpraxis`,
  String.raw`pflegeheim\w*`,
];

/** A German statement that no cyber attack happened: "kein Hinweis auf einen Cyberangriff", "nicht um einen Hackerangriff". */
export const GERMAN_DENIAL =
  /\b(?:kein(?:e|en)?(?: (?:hinweis\w*|anzeichen|indiz\w*|beleg\w*) auf (?:einen )?)?|nicht um einen|nicht durch einen) (?:cyber-?|hacker-?)angriff/i;

/** A ransom asked: "fordern ein Lösegeld", "eine Lösegeldforderung", "Lösegeld verlangt", "ein Erpresserschreiben". */
export const GERMAN_RANSOM_DEMANDED = [
  String.raw`l${OE}segeldforderung\w*`,
  String.raw`l${OE}segeld\w* (?:\S+ ){0,3}?(?:gefordert|verlangt)`,
  String.raw`(?:fordern|fordert|forderte|forderten|verlangen|verlangt|verlangte|verlangten) (?:\S+ ){0,4}?l${OE}segeld\w*`,
  String.raw`erpressungsversuch\w*`,
  String.raw`erpresserschreiben`,
  String.raw`erpresserbrief\w*`,
];
/** A ransom paid: "zahlte das Lösegeld", "Lösegeld wurde gezahlt". */
export const GERMAN_RANSOM_PAID = [
  String.raw`l${OE}segeld\w* (?:\S+ ){0,3}?(?:gezahlt|bezahlt|${UE}berwiesen)`,
  String.raw`(?:zahlte|zahlten|bezahlte|bezahlten|${UE}berwies) (?:\S+ ){0,5}?l${OE}segeld\w*`,
];
/** A ransom refused: "kein Lösegeld zahlen", "weigert sich, zu zahlen", "lehnte die Lösegeldforderung ab". */
export const GERMAN_RANSOM_REFUSED = [
  String.raw`kein(?:e|en)? l${OE}segeld\w* (?:\S+ ){0,3}?(?:zahlen|zahlt|zahlte|bezahlen|bezahlt|gezahlt)`,
  String.raw`(?:weiger|lehn)\w* (?:\S+ ){0,5}?(?:l${OE}segeld\w*|zahlung\w*|zu (?:be)?zahlen)`,
];
/** Gate words of the three lists above. */
export const GERMAN_RANSOM_STATUS_GATE = "segeld* loesegeld* erpress* weiger* lehn*";
