// A brand without a health word is kept when described as a healthcare body and named again (victim.ts). A short
// report often names it once: "Calvera, a British Columbia pharmacy chain, closed its stores after a cyberattack". When
// the article names no other victim, such a brand counts if the sentence that describes it also tells of the attack
// (a flood of traffic told as "a distributed-denial-of-service flood" tells one too).
import type { VictimSpan } from "./victim";

const TELLS_ATTACK =
  /\b(?:cyber-?\s?attack\w*|cyber incident|ransomware|hack(?:ed|ers?|ing)?|breach(?:ed|es)?|attack(?:ed|s)?|intrusion|malware|encrypt\w*|stole|stolen|steal(?:s|ing)?|attackers?|intruders?|intrusions?|cyber-?\s?criminals?|threat actors?|exfiltrat\w*|leak(?:ed|s)?|extort\w*|ransom(?!ware)\w*|unauthori[sz]ed (?:access|party|person)|ddos|denial[- ]of[- ]service)\b/i;

/** The healthcare-described names met once, in a sentence telling the attack; for articles with no other victim. */
export function describedOnce(weak: readonly VictimSpan[]): VictimSpan[] {
  return weak.filter((w) => w.healthcare && TELLS_ATTACK.test(w.sentence.text));
}
