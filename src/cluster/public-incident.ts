import type { Incident } from "../model";

/**
 * An incident as it leaves the store (search index, API): without the sources' text signatures,
 * which only clustering reads and which would add 252 characters per source to every answer.
 */
export function publicIncident(incident: Incident): Incident {
  return { ...incident, sources: incident.sources.map(({ signature: _signature, ...source }) => source) };
}
