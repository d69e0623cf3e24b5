import type { ImpactType } from "../../../src/model";
import { labelOf } from "../../lib/format";

// Effects on patients first get the strong style; IT-only effects a quieter one. The text carries the meaning, not the colour.
const SEVERE = new Set<ImpactType>([
  "operations-cancelled",
  "appointments-cancelled",
  "ambulance-diversion",
  "services-closed",
]);

/** Impact-on-care badges ("Operations cancelled"), as a list so screen readers count them. */
export function ImpactBadges(props: { impact: ImpactType[] }) {
  if (!props.impact.length) return null;
  return (
    <ul class="badges" aria-label="Impact on care">
      {props.impact.map((i) => (
        <li key={i} class={SEVERE.has(i) ? "badge badge-severe" : "badge"}>
          {labelOf(i)}
        </li>
      ))}
    </ul>
  );
}
