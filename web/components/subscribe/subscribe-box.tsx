import { useState } from "preact/hooks";
import { DIGEST_FORMATS, digestUrl, useFeedLinks } from "../../hooks/use-feed-links";

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

/** The digest URLs (RSS, Atom, JSON Feed) of exactly this view, each copyable, plus feed autodiscovery links in `<head>`. */
export function SubscribeBox(props: { filters: string; title: string }) {
  useFeedLinks(props.filters, props.title);
  const [status, setStatus] = useState("");
  return (
    <section class="subscribe" aria-labelledby="subscribe-title">
      <h2 id="subscribe-title">Subscribe to this view</h2>
      <p class="hint">Paste a URL into your feed reader to follow new incidents matching these filters.</p>
      {DIGEST_FORMATS.map((f) => {
        const url = digestUrl(f.ext, props.filters);
        const id = `digest-${f.ext}`;
        return (
          <div class="subscribe-row" key={f.ext}>
            <label for={id}>{f.label}</label>
            <input id={id} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              onClick={async (e) => {
                const input = (e.currentTarget.parentElement?.querySelector("input") as HTMLInputElement | null) ?? null;
                setStatus((await copyText(url, input)) ? `${f.label} URL copied.` : `Could not copy: select the ${f.label} URL and copy it.`);
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
