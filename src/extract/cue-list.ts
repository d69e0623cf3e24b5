/**
 * A cue pattern written as one phrase per line, so that adding or changing a phrase is a one-line diff:
 * `\b(?:phrase1|phrase2|…)\b` with the given flags. Phrases are regex source (write them with String.raw).
 */
export function phrases(list: readonly string[], flags = "i"): RegExp {
  return new RegExp(String.raw`\b(?:${list.join("|")})\b`, flags);
}
