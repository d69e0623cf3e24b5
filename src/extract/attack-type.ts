// Attack types stated for this incident (eval README: "Attack types").
import type { AttackType } from "../model/entities";
import { wordGates } from "./cue-gate";
import { isNegated } from "./scope";
import type { Sentence } from "./text";

const CUES: [AttackType, RegExp][] = [
  ["ransomware", /\b(?:ransomware|encrypt(?:ed|ion|s|ing)|locked up|decryption (?:key|tool)|decryptor)\b/i],
  ["data-theft", /\b(?:st(?:ole|olen)|steal(?:s|ing)?|exfiltrat\w*|theft of (?:data|information|records)|data theft|t(?:ook|aken) (?:\S+ ){0,3}?(?:data|files|information|records|photos|documents|databases?|images)|(?:data|files|information|records) (?:was|were|had been|have been|has been) (?:taken|copied)|copied (?:files|data)|made off with|leak(?:ed|ing) (?:\S+ ){0,2}?(?:data|files|information|records)|(?:data|files|information) (?:was |were )?(?:leaked|published|dumped)|obtained (?:\S+ ){0,3}?(?:data|information|files)|(?:data|files|information|records) (?:allegedly |reportedly )?(?:taken|stolen|copied|exfiltrated) from|(?:data|files|information|records) (?:may|might|could) have been (?:taken|stolen|copied|exfiltrated)|(?:t(?:ook|aken)|st(?:ole|olen)|exfiltrated|grabbed|copied) (?:\S+ ){0,2}?[\d.,]+ ?(?:[kmgt]b|gigabytes?|terabytes?)|(?:published|dumped|posted|put) (?:\S+ ){0,3}?(?:spreadsheets|documents|files|records|data))\b/i],
  ["extortion", /\b(?:extort\w*|threaten(?:s|ed|ing)? (?:\S+ ){0,2}?to (?:publish|release|leak|sell|post|expose|dump)|(?:published|leaked|dumped|released) (?:\S+ ){0,4}?(?:data|files|records|documents|details|photos)|(?:data )?leak (?:site|website|blog|page)|double[- ]extortion|publish (?:\S+ ){0,6}?unless|deadline)\b/i],
  ["phishing", /\b(?:phishing|phished|spear-?phish\w*|malicious (?:email|link)s?)\b/i],
  ["insider", /\b(?:insider|snoop\w*|(?:employee|staff member|worker)s? (?:who )?(?:had )?(?:improperly|inappropriately|wrongly|illegally) (?:accessed|viewed|looked)|improperly (?:accessed|viewed|looked at)|inappropriately accessed|former (?:\w+ )?employee (?:improperly|accessed|stole)|rogue (?:employee|staff))\b/i],
  ["misconfiguration", /\b(?:misconfigur\w*|unsecured (?:database|server|bucket|cloud)|(?:database|server|bucket)s? (?:was |were )?(?:left )?(?:exposed|unprotected|open) (?:online|to the internet)|left (?:open|exposed|unprotected)|publicly accessible (?:database|server|bucket)|without (?:a )?password protection)\b/i],
  ["ddos", /\b(?:DDoS|denial[- ]of[- ]service)\b/i],
  ["bec", /\b(?:business email compromise|BEC|impersonat\w+ (?:an? |the )?(?:executive|ceo|cfo|staff|employee|vendor|supplier)|invoice fraud|divert(?:ed)? (?:\S+ )?(?:payments?|funds))\b/],
  ["malware", /\b(?:malware|trojan|infostealer|info-stealer|spyware|wiper|backdoor|keylogger|virus)\b/i],
];
// Per type, the words its pattern cannot match without (see cue-gate.ts); keep them in step with CUES.
const GATES = wordGates<AttackType>({
  ransomware: "ransomware encrypt* locked decryption decryptor",
  "data-theft": "stole stolen steal* exfiltrat* theft took taken copied made leaked leaking published dumped obtained grabbed posted put",
  extortion: "extort* threaten* published leaked dumped released leak double publish deadline",
  phishing: "phishing phished spear* malicious",
  insider: "insider snoop* improperly inappropriately wrongly illegally former rogue",
  misconfiguration: "misconfigur* unsecured online internet left publicly password",
  ddos: "ddos denial",
  bec: "business bec impersonat* invoice divert*",
  malware: "malware trojan infostealer info spyware wiper backdoor keylogger virus",
  unknown: "",
});
const CYBER = /\b(?:cyber-?\s?attacks?|cyber incident|cybersecurity incident|security incident|hack(?:ed|ers?|ing)?|breach(?:ed)?|intrusion|unauthori[sz]ed (?:access|party|individuals|actor)|compromised|cyber)\b/i;

/** Attack types of this incident, in the canonical order; "unknown" when only "a cyber attack" is said. */
export function extractAttackTypes(sentences: Sentence[]): { types: AttackType[]; evidence: Map<AttackType, { start: number; end: number; sentence: Sentence }> } {
  const evidence = new Map<AttackType, { start: number; end: number; sentence: Sentence }>();
  let cyber: Sentence | null = null;
  for (const s of sentences) {
    if (s.background || s.generic || s.boilerplate) continue;
    const hits = GATES.hits(s);
    for (const [type, re] of CUES) {
      if (evidence.has(type) || !(hits & GATES.bit[type])) continue;
      const m = re.exec(s.text);
      if (!m || isNegated(s.text, m.index, 4)) continue;
      evidence.set(type, { start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s });
    }
    if (!cyber && CYBER.test(s.text)) cyber = s;
  }
  // Ransomware is malicious software too; "malware" only counts when no ransomware is mentioned.
  if (evidence.has("ransomware")) evidence.delete("malware");
  if (evidence.size === 0 && cyber) evidence.set("unknown", { start: cyber.start, end: cyber.end, sentence: cyber });
  const order: AttackType[] = ["ransomware", "data-theft", "extortion", "ddos", "phishing", "insider", "misconfiguration", "bec", "malware", "unknown"];
  return { types: order.filter((t) => evidence.has(t)), evidence };
}
