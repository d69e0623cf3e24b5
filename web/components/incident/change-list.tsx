import type { ChangeItem, ChangeRecord } from "../../../src/model";
import { formatDate, labelOf } from "../../lib/format";

/** What one change says, in a few words (the digests word it in full). */
function describe(c: ChangeItem): string {
  switch (c.kind) {
    case "impact":
      return `New effect on care: ${labelOf(c.impact).toLowerCase()}`;
    case "impact-count":
      return `${labelOf(c.impact)}: now ${c.to.toLocaleString("en-GB")} ${c.counted ?? ""}`.trim();
    case "attacker-named":
    case "attacker-changed":
      return `Attacker ${c.kind === "attacker-named" ? "named" : "changed"}: ${c.groups.map((g) => g.name).join(", ")}`;
    case "ransom-status":
      return `Ransom: ${labelOf(c.to).toLowerCase()}`;
    case "ransom-amount":
      return `Ransom amount: ${c.currency ?? ""} ${c.to.toLocaleString("en-GB")}`.replace(":  ", ": ");
    case "victim-named":
      return `Victim named: ${c.victims.join(", ")}`;
    case "people-affected":
      return `People affected: ${c.to.toLocaleString("en-GB")}`;
    case "claim-confirmed":
      return "Leak-site claim confirmed by an independent source";
  }
}

/** The incident's material changes, newest first: what changed, the sentence that says so, the source. */
export function ChangeList(props: { changes: ChangeRecord[] }) {
  return (
    <ol class="changes">
      {props.changes.map((change) => (
        <li key={change.id} id={change.id}>
          <time dateTime={change.at}>{formatDate(change.at)}</time>:{" "}
          {change.changes.map((c, i) => (
            <span key={i}>
              {i > 0 && "; "}
              {describe(c)}
            </span>
          ))}
          {change.quote && <blockquote>{change.quote}</blockquote>}
          <a href={change.source.url} target="_blank" rel="noopener noreferrer">
            {change.source.title || change.source.url}
          </a>{" "}
          ({change.source.site})
        </li>
      ))}
    </ol>
  );
}
