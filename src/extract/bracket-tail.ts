// A victim's name may end on its acronym or its own-language form in brackets ("Health Service Executive (HSE)"): the
// rules that compare names, read their last word or look them up in the text read the name without it.

/** `name` without a bracketed tail (" (...)" at its end); unchanged when it has none. */
export function withoutBracketTail(name: string): string {
  return name.endsWith(")") ? name.replace(/ \(.*\)$/, "") : name;
}
