// Animal care is not human healthcare (../shared/eval/README.md: the victim must be a healthcare organisation), yet a
// veterinary hospital is written with the same words ("hospital", "clinic", "patients", "appointments"). A victim named
// as one, or an article whose headline or lead describes its victim as one, is left to the non-healthcare kind.
import type { Sentence } from "./text";

const VETERINARY =
  /\b(?:veterinar(?:y|ians?)|vets?'?|animal (?:hospitals?|clinics?|health|care|medical)|pet (?:hospitals?|clinics?|care|health)|equine)\b/i;

/** True when an organisation's name says it treats animals ("Ridgeway Veterinary Hospital", "Bluepaw Animal Hospital"). */
export function isVeterinaryName(name: string): boolean {
  return VETERINARY.test(name);
}

/** True when the headline or the lead describes the victim as animal care ("a veterinary group", "animal hospital chain"). */
export function describesVeterinaryVictim(headlineAndLead: readonly Sentence[]): boolean {
  return headlineAndLead.some((s) => VETERINARY.test(s.text));
}
