// An apposition says what a body is up to the customers it names: "Allscripts, the company that runs electronic
// health record systems for practices and hospitals" is no hospital, nor "a software provider to GP surgeries" a GP
// practice. The words from "for", "to", "used by" or "serving" on name who is served, so the type reads the part before.
const CUSTOMERS = /\s(?:for|to|used by|serving|relied on by)\s/i;

/** Where the customers an apposition names begin (see CUSTOMERS), or -1 when it names none past its head. */
export function customersAt(apposition: string): number {
  const m = CUSTOMERS.exec(apposition);
  // The first words are the head's ("a provider for ..."): a cut there would leave no description at all.
  return m && m.index > 12 ? m.index : -1;
}

/** The apposition cut before the customers it names, or whole when it names none past its head. */
export function beforeCustomers(apposition: string, cut = customersAt(apposition)): string {
  return cut < 0 ? apposition : apposition.slice(0, cut);
}

// What a supplier's own words say it supplies ("an IT service provider", "whose patient engagement platform is") and the
// healthcare customers it names: together they make a health-IT vendor, which neither half says alone.
const IT_HEAD =
  /\b(?:IT|software|technology|tech|digital|cloud|data|computer|systems?|record|records) (?:\S+ )?(?:provider|vendor|supplier|company|firm|developer|maker|business|partner|services?)\b|\bplatforms?\b/i;
const HEALTH_CUSTOMERS =
  /\b(?:health|healthcare|hospitals?|clinics?|practices|insurers|health plans|pharmacies|doctors|physicians|patients|NHS|care homes?|Krankenkassen)\b/i;

/** True when the apposition names an IT product or service (see IT_HEAD) supplied to healthcare customers. */
export function suppliesHealthcareIT(apposition: string, cut = customersAt(apposition)): boolean {
  return cut >= 0 && IT_HEAD.test(apposition.slice(0, cut)) && HEALTH_CUSTOMERS.test(apposition.slice(cut));
}
