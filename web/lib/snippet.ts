/** A piece of a search snippet: plain text, or a match the engine marked. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** Undoes the five escapes the search API applies to snippet text (one pass, so "&amp;lt;" stays "&lt;"). */
function unescape(text: string): string {
  return text.replace(/&(?:lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e]!);
}

/**
 * Splits a search snippet (HTML-escaped text whose only markup is `<mark>`…`</mark>`) into parts of
 * plain text. The UI renders the parts as text nodes, never as HTML, so nothing in a snippet can become markup.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: unescape(snippet.slice(last, m.index)), mark: false });
    if (m[1]) parts.push({ text: unescape(m[1]), mark: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: unescape(snippet.slice(last)), mark: false });
  return parts;
}
