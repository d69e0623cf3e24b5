import type { ImpactDetail } from "../../../src/model";
import { labelOf } from "../../lib/format";

/** Counts, duration and status of each effect on care, with the sentence that states them. */
export function ImpactDetailList(props: { details: ImpactDetail[] }) {
  return (
    <ul class="impact-details">
      {props.details.map((d) => (
        <li key={d.type}>
          <strong>{labelOf(d.type)}</strong>
          {[
            d.count !== null ? `${d.count.toLocaleString("en-GB")} ${d.counted ?? ""}`.trim() : null,
            d.duration,
            d.status,
          ]
            .filter(Boolean)
            .map((part) => ` · ${part}`)}
          <blockquote>{d.quote}</blockquote>
        </li>
      ))}
    </ul>
  );
}
