import type { Incident } from "../model";

/**
 * An incident as it leaves the store (search index, API): without what only clustering reads on its sources, the
 * text signatures (252 characters per source on every answer) and the later-attack sign.
 */
export function publicIncident(incident: Incident): Incident {
  return {
    ...incident,
    sources: incident.sources.map(({ signature: _signature, repeat: _repeat, ...source }) => source),
  };
}
