// One pre-check for a family of cue patterns: most sentences hold none of a field's cues, and testing their union once
// costs about as much as one of them, so the per-cue loops run only where the union matched.

/** A regex that matches wherever any of `patterns` matches (they must agree on case sensitivity and Unicode mode). */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  const flags = (re: RegExp) => `${re.ignoreCase ? "i" : ""}${re.unicode ? "u" : ""}`;
  const shared = flags(patterns[0]!);
  for (const re of patterns) if (flags(re) !== shared) throw new Error(`cue patterns disagree on flags: /${re.source}/${re.flags}`);
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), shared);
}
