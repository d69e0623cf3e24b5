import { countryName, labelOf } from "../../lib/format";
import { LIST_FILTERS, type SearchState } from "../../lib/search-url";

const KEY_LABEL: Record<string, string> = {
  attacker: "Attacker",
  victim_type: "Victim type",
  country: "Country",
  attack_type: "Attack type",
  impact: "Impact",
  claim: "Status",
};

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A group as the page names it: a link may carry its slug ("lockbit"), the facets know its name ("LockBit"). */
function groupName(value: string, known: readonly string[]): string {
  return (
    known.find((name) => name.toLowerCase() === value.toLowerCase() || slugOf(name) === value.toLowerCase()) ?? value
  );
}

/** Active filters as chips; each chip is a button that removes its filter (keyboard: Tab + Enter/Space). */
export function FilterChips(props: {
  state: SearchState;
  onChange: (next: SearchState) => void;
  groupNames?: readonly string[];
}) {
  const { state } = props;
  const chips: { id: string; text: string; next: SearchState }[] = [];
  for (const key of LIST_FILTERS)
    for (const value of state[key]) {
      const shown =
        key === "country"
          ? countryName(value)
          : key === "attacker"
            ? groupName(value, props.groupNames ?? [])
            : labelOf(value);
      chips.push({
        id: `${key}=${value}`,
        text: `${KEY_LABEL[key]}: ${shown}`,
        next: { ...state, [key]: state[key].filter((v) => v !== value), page: 1 },
      });
    }
  const wholeYear = /^(\d{4})-01-01$/.exec(state.since)?.[1];
  if (wholeYear && state.until === `${wholeYear}-12-31`)
    chips.push({ id: "year", text: `Year: ${wholeYear}`, next: { ...state, since: "", until: "", page: 1 } });
  else {
    if (state.since) chips.push({ id: "since", text: `Since ${state.since}`, next: { ...state, since: "", page: 1 } });
    if (state.until) chips.push({ id: "until", text: `Until ${state.until}`, next: { ...state, until: "", page: 1 } });
  }
  if (!chips.length) return null;
  return (
    <ul class="chips" aria-label="Active filters">
      {chips.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            class="chip"
            onClick={() => props.onChange(c.next)}
            aria-label={`Remove filter ${c.text}`}
          >
            {c.text} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
