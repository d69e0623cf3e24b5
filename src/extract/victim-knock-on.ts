// A supplier's outage reaches its customers: "Pellora, a dental software vendor, was hit by ransomware, leaving hundreds
// of dental practices unable to open patient charts. Among them was Oakhurst Family Dentistry". The customers named for
// the knock-on are not victims of the attack (the guide's victims are the organisations hit); a customer whose own data
// was stolen through the supplier is, and a sentence that tells an attack on it says so. Read only when a victim is
// described as a supplier.
import type { Sentence } from "./text";
import type { VictimSpan } from "./victim";

// A description that makes an organisation a supplier to others, after the name ("Pellora, a dental software vendor,") or
// before it ("dental software vendor Pellora").
const SUPPLIER = String.raw`(?:vendor|supplier|software (?:provider|company|firm|maker|developer)|platform|(?:it|technology|cloud|hosting|e-?prescri\w+) (?:services )?(?:provider|company|firm))`;
const SUPPLIER_AFTER = new RegExp(String.raw`^,\s+(?:an?|the|one of the)\s+(?:[\w'-]+\s+){0,4}?${SUPPLIER}\b`, "i");
const SUPPLIER_BEFORE = new RegExp(String.raw`\b${SUPPLIER}\s+$`, "i");

/** True when the text describes the victim named at `v` as a supplier to others. */
export function isSupplier(doc: string, v: VictimSpan): boolean {
  return (
    SUPPLIER_AFTER.test(doc.slice(v.end, v.end + 80)) ||
    SUPPLIER_BEFORE.test(doc.slice(Math.max(0, v.start - 40), v.start))
  );
}

// The sentence before names the customers left without the service ("leaving hundreds of practices unable to ...").
const LEFT_WITHOUT = /\b(?:leaving|left)\s+(?:[\w,'-]+\s+){0,6}?(?:unable|without|struggling|scrambling|with no)\b/i;
// ... and this one opens on one of them ("Among them was X", "One of them, X,", "They include X").
const MEMBER_OPENING =
  /^(?:among (?:them|those|the practices|the customers|the clients)\b|one of (?:them|those)\b|they include\b|these include\b)/i;
// "leaving practices, including Oakhurst Family Dentistry, unable to work": one of them named inside that clause.
const MEMBER_INSIDE = /\b(?:leaving|left)\b[^.;]{0,100}\b(?:including|such as|among them)\s+$/i;
// "Ashby General Hospital said its pharmacy orders were delayed as a result": the trouble is the supplier's attack's.
const CONSEQUENCE =
  /\b(?:as an? (?:result|consequence|knock-on)|knock-on (?:effects?|impact)|(?:because|as a result) of the (?:outage|disruption)|due to the (?:outage|disruption))\b/i;
// A sentence that tells an attack itself tells of a victim, whatever else it says.
const TELLS_ATTACK =
  /\b(?:cyber-?\s?attack\w*|ransomware|hack(?:ed|ers?)?|breach(?:ed|es)?|attack(?:ed|s)?|encrypt\w*|stole|stolen|steal\w*|exfiltrat\w*|leak(?:ed|s)?|compromised|intru\w+)\b/i;

/** A test for "this mention names a supplier's customer for the knock-on of the supplier's attack" (see above). */
export function knockOnFramer(sentences: readonly Sentence[]): (v: VictimSpan) => boolean {
  return (v) => {
    const s = v.sentence;
    const before = s.text.slice(Math.max(0, v.start - s.start - 140), v.start - s.start);
    if (MEMBER_INSIDE.test(before)) return true;
    if (TELLS_ATTACK.test(s.text)) return false;
    if (MEMBER_OPENING.test(s.text)) {
      const i = sentences.indexOf(s);
      if (i > 0 && LEFT_WITHOUT.test(sentences[i - 1]!.text)) return true;
    }
    return CONSEQUENCE.test(s.text);
  };
}
