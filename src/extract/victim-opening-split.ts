// A whole-text test of a long alternation (NOT_A_VICTIM: "^(?:HHS|FBI|Reuters|...)$"), split by the character each
// alternative can open on. Anchored at the start, the pattern tries every alternative at the text's first character,
// some 170 for a name it does not list; the alternatives that can open on that character are a handful. For a yes/no
// test the order of alternatives does not matter, so the handful answers as the whole pattern does.

// The end of the group that opens at `open` (a "("), or -1: escapes and character classes are stepped over.
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      i++;
      while (i < source.length && source[i] !== "]") if (source[i++] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of `source`. */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "(" || c === "[") {
      const end = c === "(" ? groupEnd(source, i) : source.indexOf("]", i + 1);
      if (end < 0) throw new Error(`unbalanced pattern: ${source}`);
      i = end;
    } else if (c === "|") {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const SPECIAL = "\\()[]{}.*+?^$|";

/**
 * The characters (lower-cased) a match of `source` can open on, or null when any may: read for a literal opening,
 * an escaped punctuation mark, or a non-capturing group (optional or not). Anything else is "any character".
 */
export function openingChars(source: string): Set<string> | null {
  if (source === "") return null;
  let first: Set<string> | null;
  let next: number;
  if (source.startsWith("(?:")) {
    const end = groupEnd(source, 0);
    if (end < 0) return null;
    first = new Set();
    for (const alt of alternatives(source.slice(3, end))) {
      const chars = openingChars(alt);
      if (!chars) return null;
      for (const c of chars) first.add(c);
    }
    next = end + 1;
  } else if (source[0] === "\\") {
    const c = source[1];
    if (c === undefined || /[\p{L}\p{N}]/u.test(c)) return null;
    first = new Set([c]);
    next = 2;
  } else if (SPECIAL.includes(source[0]!)) return null;
  else {
    first = new Set([source[0]!.toLowerCase()]);
    next = 1;
  }
  const quantifier = source[next];
  if (quantifier === "{") return null;
  if (quantifier === "?" || quantifier === "*") {
    const rest = openingChars(source.slice(next + 1));
    if (!rest) return null;
    for (const c of rest) first.add(c);
  }
  return first;
}

/**
 * A test equal to `new RegExp("^(?:" + alternatives + ")" + tail, flags).test(text)` for `re`, a pattern written
 * "^(?:...)$" with the flag "i" alone: each text is tested against the alternatives that can open on its first
 * character. A pattern of another form, or with an alternative opening past ASCII, is tested whole.
 */
export function splitByOpening(re: RegExp, tail = "$"): (text: string) => boolean {
  const source = re.source;
  const whole = new RegExp(`${source.slice(0, -1)}${tail}`, re.flags);
  const wholeTest = (text: string) => whole.test(text);
  if (
    re.flags !== "i" ||
    !source.startsWith("^(?:") ||
    !source.endsWith(")$") ||
    groupEnd(source, 1) !== source.length - 2
  )
    return wholeTest;
  const alts = alternatives(source.slice(4, -2));
  const opening = alts.map(openingChars);
  const chars = new Set<string>();
  for (const set of opening) for (const c of set ?? []) chars.add(c);
  for (const c of chars) if (c.charCodeAt(0) >= 128 || c.toUpperCase().toLowerCase() !== c) return wholeTest;
  const build = (keep: (set: Set<string> | null) => boolean) => {
    const picked = alts.filter((_, k) => keep(opening[k]!));
    return picked.length ? new RegExp(`^(?:${picked.join("|")})${tail}`, re.flags) : null;
  };
  // Indexed by the first character's code, ASCII upper case folded to lower, as the flag "i" compares them.
  const byCode: (RegExp | null)[] = [];
  for (let code = 0; code < 128; code++) {
    const c = String.fromCharCode(code).toLowerCase();
    byCode.push(build((set) => !set || set.has(c)));
  }
  // A first character past ASCII is one that only the alternatives open to any character can match.
  const other = build((set) => !set);
  return (text) => {
    if (text.length === 0) return wholeTest(text);
    const code = text.charCodeAt(0);
    const part = code < 128 ? byCode[code]! : other;
    return !!part && part.test(text);
  };
}
