import type { QueryReading } from "../../../src/model";
import { countryName } from "../../lib/format";

/** One reading as a sentence: "Sodinokibi is an alias of REvil". */
function describe(r: QueryReading): string {
  if (r.kind === "alias") return `${r.said} is an alias of ${r.name}`;
  if (r.kind === "place") return `“${r.said}” also finds incidents in ${countryName(r.country)}`;
  return `“${r.said}” also finds “${r.read}”`;
}

/** Why the results match what was typed: aliases, places read as countries, typos read as names. */
export function QueryReadings(props: { readings: QueryReading[] }) {
  if (props.readings.length === 0) return null;
  return (
    <ul class="readings" aria-label="How your search was read">
      {props.readings.map((r) => (
        <li key={JSON.stringify(r)}>{describe(r)}</li>
      ))}
    </ul>
  );
}

/** The query syntax, one click away from the search box. */
export function SearchSyntax() {
  return (
    <details class="search-syntax">
      <summary>Search tips</summary>
      <ul>
        <li>
          Every word must match: <code>lockbit hospital</code>.
        </li>
        <li>
          <code>OR</code> (in capitals) finds either: <code>lockbit OR qilin</code>.
        </li>
        <li>
          Double quotes keep words together: <code>"operations cancelled"</code>.
        </li>
        <li>
          Places and their people find the victim's country: <code>UK</code>, <code>Scottish</code>, <code>Irish</code>,{" "}
          <code>American</code>. A size such as <code>6 GB</code> stays a size.
        </li>
        <li>
          Words of five letters or more forgive one typo in a group's, victim's or place's name (<code>lokbit</code>).
        </li>
        <li>
          Aliases find their group: <code>Sodinokibi</code> finds REvil.
        </li>
      </ul>
    </details>
  );
}
