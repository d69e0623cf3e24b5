import type { Incident } from "../model";
import { escapeHtml } from "../lib/escape-html";
import { htmlLink } from "./html";
import { formatBytes } from "../lib/format-bytes";
import { attackTypeLabel, formatCount, IMPACT_LABELS, ransomLabel, victimTypeLabel } from "./labels";
import type { SiteLinks } from "./links";

/** One labelled fact of an incident, its value already HTML. */
interface Fact {
  label: string;
  html: string;
}

/** Victim, group, attack, ransom, impact on care and scale, in the order a theatre manager scans them. */
function incidentFacts(incident: Incident, links: SiteLinks): Fact[] {
  const victimDetails = [
    incident.victim.type ? victimTypeLabel(incident.victim.type, "one") : null,
    incident.victim.country,
  ].filter(Boolean);
  const victim = `${incident.victim.orgs.length ? incident.victim.orgs.join(", ") : "unnamed victim"}${victimDetails.length ? ` (${victimDetails.join(", ")})` : ""}`;
  const groups = incident.attacker_groups.length
    ? incident.attacker_groups.map((g) => htmlLink(links.group(g.slug), g.name)).join(", ")
    : "unattributed";
  const impact = incident.impact.map((i) => IMPACT_LABELS[i] ?? i);
  const facts: Fact[] = [
    { label: "Victim", html: escapeHtml(victim) },
    { label: "Group", html: groups },
    {
      label: "Attack",
      html: escapeHtml(
        incident.attack_types.length ? incident.attack_types.map(attackTypeLabel).join(", ") : "not reported",
      ),
    },
    { label: "Ransom", html: escapeHtml(ransomLabel(incident.ransom)) },
    { label: "Impact on care", html: escapeHtml(impact.length ? impact.join(", ") : "none reported") },
  ];
  if (incident.people_affected !== null)
    facts.push({ label: "People affected", html: escapeHtml(formatCount(incident.people_affected)) });
  if (incident.data_volume_bytes !== null)
    facts.push({ label: "Data taken", html: escapeHtml(formatBytes(incident.data_volume_bytes)) });
  return facts;
}

/** The full entry body of one incident: summary, facts, sources and a link to its timeline. */
export function incidentContentHtml(incident: Incident, links: SiteLinks): string {
  const facts = incidentFacts(incident, links)
    .map((f) => `<li><strong>${escapeHtml(f.label)}:</strong> ${f.html}</li>`)
    .join("");
  const sources = incident.sources
    .map(
      (s) =>
        `<li>${htmlLink(s.url, s.title || s.url)} (${escapeHtml([s.site, s.published.slice(0, 10)].filter(Boolean).join(", "))})</li>`,
    )
    .join("");
  return [
    incident.summary ? `<p>${escapeHtml(incident.summary)}</p>` : "",
    `<ul>${facts}</ul>`,
    sources ? `<p><strong>Sources (${incident.sources.length}):</strong></p><ul>${sources}</ul>` : "",
    `<p>${htmlLink(links.incident(incident.id), "Full timeline on medbreach")}</p>`,
  ].join("");
}

/** One incident as a list item of a daily or weekly roundup: linked title, then the facts on one line. */
export function incidentListItemHtml(incident: Incident, links: SiteLinks): string {
  const facts = incidentFacts(incident, links)
    .map((f) => `${escapeHtml(f.label)}: ${f.html}`)
    .join(" · ");
  return `<li>${htmlLink(links.incident(incident.id), incident.title)}<br>${facts}</li>`;
}
