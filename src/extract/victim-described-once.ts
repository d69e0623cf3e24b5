// A brand without a health word is kept when described as a healthcare body and named again (victim.ts). A short
// report often names it once: "Calvera, a British Columbia pharmacy chain, closed its stores after a cyberattack". When
// the article names no other victim, such a brand counts if the sentence that describes it, or the one before it, tells
// of the attack ("Nine hospital websites went down in a DDoS attack. The health authority, Region K, confirmed the
// outage"; a "distributed-denial-of-service flood" tells one too); an unsecured or exposed database is such an incident
// too.
import type { Sentence } from "./text";
import type { VictimSpan } from "./victim";

const TELLS_ATTACK =
  /\b(?:cyber-?\s?attack\w*|cyber incident|ransomware|hack(?:ed|ers?|ing)?|breach(?:ed|es)?|attack(?:ed|s)?|intrusion|malware|encrypt\w*|stole|stolen|steal(?:s|ing)?|attackers?|intruders?|intrusions?|cyber-?\s?criminals?|threat actors?|exfiltrat\w*|leak(?:ed|s)?|extort\w*|ransom(?!ware)\w*|unauthori[sz]ed (?:access|party|person)|unsecured|exposed|misconfigur\w*|ddos|denial[- ]of[- ]service)\b/i;

/** The healthcare-described names met once, in or after a sentence telling the attack; for articles with no other victim. */
export function describedOnce(weak: readonly VictimSpan[], sentences: readonly Sentence[]): VictimSpan[] {
  // Each sentence's place, built once and only when a sentence before is asked for.
  let places: Map<Sentence, number> | undefined;
  const before = (s: Sentence): string => {
    places ??= new Map(sentences.map((t, i) => [t, i]));
    for (let i = places.get(s)! - 1; i >= 0; i--) {
      const t = sentences[i]!;
      if (!t.boilerplate && !t.background) return t.text;
    }
    return "";
  };
  return weak.filter(
    (w) => w.healthcare && (TELLS_ATTACK.test(w.sentence.text) || TELLS_ATTACK.test(before(w.sentence))),
  );
}
