// Staff punished for looking at records: "fired six people, including a contractor's staff, for accessing her medical
// records", "suspended two nurses for viewing the files of an injured singer". The punishment tells the looking was
// unauthorised, so the sentence reports an insider incident without saying "without authorisation".

/** The pattern's source: a punishment, then (within a bounded run of words) looking at records as its reason. */
export const PUNISHED_FOR_LOOKING = String.raw`(?:fired|dismissed|sacked|disciplined|suspended|terminated) (?:\S+ ){0,14}?for (?:improperly |inappropriately |wrongly |illegally )?(?:accessing|viewing|looking at|looking up|looking into|snooping (?:on|in|into)) (?:\S+ ){0,6}?(?:records?|files?|charts?|notes|data|information|details|results)`;

/** The words it can open on (keep them in step with it). */
export const PUNISHED_OPENINGS = "fired dismissed sacked disciplined suspended terminated";
