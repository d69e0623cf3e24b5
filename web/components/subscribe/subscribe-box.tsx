import { useState } from "preact/hooks";
import { DIGEST_FORMATS } from "../../../src/model/digest-formats";
import { digestUrl, useFeedLinks } from "../../hooks/use-feed-links";
import { subscriptionQuery, type SubscriptionKind } from "../../lib/subscriptions";

/** Copies `text`: the Clipboard API where allowed, else the selected input and the older copy command. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!input) return false;
    input.select();
    return document.execCommand("copy");
  }
}

const KINDS: { kind: "updates" | "new" | "summary"; label: string; hint: string }[] = [
  {
    kind: "updates",
    label: "Each incident and its updates",
    hint: "An entry for every new incident, and another whenever one gets worse or clearer: operations cancelled, a ransom paid, an attacker named.",
  },
  {
    kind: "new",
    label: "New incidents only",
    hint: "An entry for every new incident; later updates are not announced.",
  },
  {
    kind: "summary",
    label: "Daily or weekly summary",
    hint: "One entry per day or week listing its new incidents and updates.",
  },
];

/**
 * The view's subscriptions: pick what to receive (each incident and its updates, new incidents only, a daily or
 * weekly summary) and copy the full URL in RSS, Atom or JSON Feed; also keeps feed autodiscovery links in `<head>`.
 */
export function SubscribeBox(props: { filters: string; title: string }) {
  useFeedLinks(props.filters, props.title);
  const [choice, setChoice] = useState<"updates" | "new" | "summary">("updates");
  const [summary, setSummary] = useState<"daily" | "weekly">("daily");
  const [status, setStatus] = useState("");
  const kind: SubscriptionKind = choice === "summary" ? summary : choice;
  const query = subscriptionQuery(props.filters, kind);
  return (
    <section class="subscribe" id="subscribe" aria-labelledby="subscribe-title">
      <h2 id="subscribe-title">Subscribe to this view</h2>
      <fieldset class="subscribe-kinds">
        <legend>What to receive</legend>
        {KINDS.map((k) => (
          <label key={k.kind} class="subscribe-kind">
            <input
              type="radio"
              name="subscribe-kind"
              value={k.kind}
              checked={choice === k.kind}
              onChange={() => setChoice(k.kind)}
            />{" "}
            {k.label}
          </label>
        ))}
        {choice === "summary" && (
          <label class="subscribe-period">
            Summary every{" "}
            <select value={summary} onChange={(e) => setSummary(e.currentTarget.value as "daily" | "weekly")}>
              <option value="daily">day</option>
              <option value="weekly">week</option>
            </select>
          </label>
        )}
      </fieldset>
      <p class="hint">{KINDS.find((k) => k.kind === choice)!.hint} Paste a URL into your feed reader.</p>
      {DIGEST_FORMATS.map((f) => {
        const url = digestUrl(f.ext, query);
        const id = `digest-${f.ext}`;
        return (
          <div class="subscribe-row" key={f.ext}>
            <label for={id}>{f.label}</label>
            <input id={id} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              onClick={async (e) => {
                const input =
                  (e.currentTarget.parentElement?.querySelector("input") as HTMLInputElement | null) ?? null;
                setStatus(
                  (await copyText(url, input))
                    ? `${f.label} URL copied.`
                    : `Could not copy: select the ${f.label} URL and copy it.`,
                );
              }}
            >
              Copy<span class="visually-hidden"> {f.label} URL</span>
            </button>
          </div>
        );
      })}
      <p class="copy-status" role="status">
        {status}
      </p>
    </section>
  );
}
