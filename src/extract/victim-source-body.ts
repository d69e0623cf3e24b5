// A members' body given as the source of a figure or a claim ("according to the Wisconsin Dental Association") speaks
// about the attack; it is not one of its victims, though its name holds a health word. Named otherwise ("the American
// Dental Association was hit by ransomware"), such a body can still be one.

const MEMBERS_BODY = /\s(?:Association|Society|Federation|Academy)$/;
const ACCORDING_TO = /\baccording to (?:the )?$/i;

/** True when the name doc[start, end) is a members' body (an association, a society) cited right after "according to". */
export function isCitedMembersBody(doc: string, from: number, start: number, name: string): boolean {
  return MEMBERS_BODY.test(name) && ACCORDING_TO.test(doc.slice(Math.max(from, start - 20), start));
}

// A body that oversees care rather than gives it: a regulator, an inspectorate, an ombudsman ("the National Health
// Superintendency said it had asked the company for a plan"). It speaks of, orders or investigates the incident; it is a
// victim only where the text attacks it.
const OVERSEER =
  /\s(?:Superintendency|Superintendence|Superintendencia|Inspectorate|Regulator|Ombudsman|Ombudsperson|Commissioner)$/;

/** True when `name` is an overseer of care (a regulator, an inspectorate, an ombudsman). */
export function isOverseer(name: string): boolean {
  return OVERSEER.test(name);
}
