// An apposition says what a body is up to the customers it names: "Allscripts, the company that runs electronic
// health record systems for practices and hospitals" is no hospital, nor "a software provider to GP surgeries" a GP
// practice. The words from "for", "to", "used by" or "serving" on name who is served, so the type reads the part before.
const CUSTOMERS = /\s(?:for|to|used by|serving|relied on by)\s/i;

/** The apposition cut before the customers it names (see CUSTOMERS), or whole when it names none past its head. */
export function beforeCustomers(apposition: string): string {
  const m = CUSTOMERS.exec(apposition);
  // The first words are the head's ("a provider for ..."): a cut there would leave no description at all.
  return m && m.index > 12 ? apposition.slice(0, m.index) : apposition;
}
