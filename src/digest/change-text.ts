import type { ChangeItem, ChangeRecord, ImpactType, Incident, RansomStatus } from "../model";
import { escapeHtml } from "../lib/escape-html";
import { htmlLink } from "./html";
import { formatCount, IMPACT_LABELS } from "./labels";
import type { SiteLinks } from "./links";

// "Kingsmere NHS Trust now cancelling operations": what a theatre manager reads in a title.
const IMPACT_NOW: Record<ImpactType, string> = {
  "operations-cancelled": "now cancelling operations",
  "appointments-cancelled": "now cancelling appointments",
  "ambulance-diversion": "now diverting ambulances",
  "systems-offline": "systems now offline",
  "paper-records": "now working on paper records",
  "services-closed": "now closing services",
  "data-leaked": "data now leaked",
};
const IMPACT_STATE: Record<ImpactType, string> = {
  "operations-cancelled": "cancelled",
  "appointments-cancelled": "cancelled",
  "ambulance-diversion": "diverted",
  "systems-offline": "offline",
  "paper-records": "on paper",
  "services-closed": "closed",
  "data-leaked": "leaked",
};
const RANSOM_NOW: Record<RansomStatus, string> = {
  "demanded-amount": "ransom demanded",
  "demanded-undisclosed": "ransom demanded",
  paid: "ransom paid",
  refused: "ransom refused",
  "not-mentioned": "ransom no longer mentioned",
};

const names = (groups: { name: string }[]) => groups.map((g) => g.name).join(", ");
const money = (amount: number, currency: string | null) => `${currency ? `${currency} ` : ""}${formatCount(amount)}`;

/** A short phrase for a title: "now cancelling operations", "ransom paid". */
function phrase(c: ChangeItem): string {
  switch (c.kind) {
    case "impact":
      return IMPACT_NOW[c.impact];
    case "impact-count":
      return `now ${formatCount(c.to)} ${c.counted ?? "cases"} ${IMPACT_STATE[c.impact]}`;
    case "attacker-named":
      return `attack attributed to ${names(c.groups)}`;
    case "attacker-changed":
      return `now attributed to ${names(c.groups)}`;
    case "ransom-status":
      return RANSOM_NOW[c.to];
    case "ransom-amount":
      return `ransom now ${money(c.to, c.currency)}`;
    case "victim-named":
      return "named as the victim";
    case "people-affected":
      return `now ${formatCount(c.to)} people affected`;
    case "claim-confirmed":
      return "leak-site claim confirmed";
  }
}

/** One line of "what changed", before the quote: "Operations cancelled (new effect on care)". */
function detail(c: ChangeItem): string {
  switch (c.kind) {
    case "impact":
      return `New effect on care: ${IMPACT_LABELS[c.impact]}`;
    case "impact-count":
      return `${IMPACT_LABELS[c.impact]}: ${c.from === null ? "now" : `from ${formatCount(c.from)} to`} ${formatCount(c.to)} ${c.counted ?? ""}`.trim();
    case "attacker-named":
      return `Attacker named: ${names(c.groups)}`;
    case "attacker-changed":
      return `Attacker changed: ${names(c.previous)} → ${names(c.groups)}`;
    case "ransom-status":
      return `Ransom: ${RANSOM_NOW[c.from] === RANSOM_NOW["not-mentioned"] ? "" : `${RANSOM_NOW[c.from]} → `}${RANSOM_NOW[c.to]}`;
    case "ransom-amount":
      return `Ransom amount: ${c.from === null ? "" : `${money(c.from, c.currency)} → `}${money(c.to, c.currency)}`;
    case "victim-named":
      return `Victim named: ${c.victims.join(", ")}`;
    case "people-affected":
      return `People affected: ${c.from === null ? "" : `${formatCount(c.from)} → `}${formatCount(c.to)}`;
    case "claim-confirmed":
      return "Leak-site claim confirmed by an independent source";
  }
}

/** Who the update is about: the victim's name, or the incident's title while no source names it. */
function subject(incident: Incident): string {
  return incident.victim.orgs[0] ?? incident.title;
}

/** "Update: Kingsmere NHS Trust now cancelling operations (INC Ransom)". */
export function changeTitle(change: ChangeRecord, incident: Incident): string {
  const phrases = change.changes.map(phrase);
  const shown = phrases.slice(0, 2).join(", ") + (phrases.length > 2 ? ` and ${phrases.length - 2} more` : "");
  // The attacker in brackets, unless naming the attacker is the news.
  const namesGroup = change.kinds.includes("attacker-named") || change.kinds.includes("attacker-changed");
  const groups = incident.attacker_groups.length && !namesGroup ? ` (${names(incident.attacker_groups)})` : "";
  return `Update: ${subject(incident)} ${shown}${groups}`;
}

/** The body of an update: each change with the sentence that says so, the new source and the incident's timeline. */
export function changeContentHtml(change: ChangeRecord, incident: Incident, links: SiteLinks): string {
  const items = change.changes
    .map((c) => `<li>${escapeHtml(detail(c))}${c.quote ? `<blockquote>${escapeHtml(c.quote)}</blockquote>` : ""}</li>`)
    .join("");
  const source = `${htmlLink(change.source.url, change.source.title || change.source.url)} (${escapeHtml([change.source.site, change.at.slice(0, 10)].filter(Boolean).join(", "))})`;
  return [
    `<p><strong>What changed</strong> in ${htmlLink(links.incident(incident.id), incident.title)}:</p>`,
    `<ul>${items}</ul>`,
    `<p><strong>New source:</strong> ${source}</p>`,
    `<p>${htmlLink(links.incident(incident.id), "Full timeline on medbreach")}</p>`,
  ].join("");
}

/** One update as a list item of a roundup: the title linked to the incident, then the quote. */
export function changeListItemHtml(change: ChangeRecord, incident: Incident, links: SiteLinks): string {
  return `<li>${htmlLink(links.incident(incident.id), changeTitle(change, incident))}${change.quote ? `<br>“${escapeHtml(change.quote)}” (${htmlLink(change.source.url, change.source.site || change.source.url)})` : ""}</li>`;
}
