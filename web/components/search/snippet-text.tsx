import { splitSnippet } from "../../lib/snippet";

/** A search snippet with the engine's matches as `<mark>` elements and everything else as text. */
export function SnippetText(props: { snippet: string }) {
  return (
    <>{splitSnippet(props.snippet).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}</>
  );
}
