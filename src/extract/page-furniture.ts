// Page furniture that scope.ts's line cues do not reach: a fetched page keeps its navigation bar, captions, tag lists,
// sponsor blocks, author boxes, comment threads and tracker sidebars around the story. Such blocks talk about
// ransomware, ransoms and other victims ("Is your hospital ready for ransomware?", "Hospitals should never pay the
// ransom", "Other recent victims"), so every field would read them as facts of the incident. They are recognised by
// the page's layout (a short heading line that opens a block, a line of menu items) rather than by what they say.
import type { Sentence } from "./text";

// A heading after which the rest of the page is readers' comments (comments close a page; only furniture follows).
const COMMENTS_HEADING =
  /^(?:\d+ (?:comments?|responses?|replies)|comments?(?: \(\d+\))?|leave a (?:reply|comment)|reader comments|join the (?:discussion|conversation)|show comments|discussion)$/i;
// A heading whose next line is an advertisement or an author box.
const ONE_BLOCK_HEADING =
  /^(?:sponsored(?: content| post)?|advertisement|promoted(?: content)?|partner content|paid (?:post|content)|from our sponsors?|about (?:the )?authors?|about \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})$/iu;
// A heading that opens a list of links or sidebar items (lines without a sentence's closing stop).
const LIST_HEADING =
  /^(?:(?:other |latest |recent |more )(?:recent )?victims|most (?:read|popular|viewed|shared)|top stories|editor'?s picks|further reading|keep reading|what to read next|in other news|more stories|(?:also|more) from (?:this source|this author|the author)|popular (?:stories|posts|now)|trending(?: now)?|related (?:content|posts|reading|topics|links))\s*:?$/i;
// Whole sentences that are furniture wherever they stand.
const FURNITURE_SENTENCE =
  /^(?:about the author\b|(?:tags|topics|keywords|categories|filed in)\s*:|(?:picture|caption|credit|illustration|photograph|photo by|image by)\b\s*:?)|\b(?:we use cookies|cookie (?:policy|settings|preferences)|(?:this (?:article|post|content) is|brought to you|sponsored) (?:sponsored |presented )?by|delivered (?:straight )?to your inbox)\b/i;
// A menu line: three or more items split by bars or wide gaps, without a colon a tracker's field labels would have.
const MENU_LINE = /^[^:.!?]{0,120}$/;
const MENU_SPLIT = /\s\|\s|\s{3,}/g;

const LIST_ITEM_MAX_WORDS = 22;

/** Marks page furniture among `sentences` (their `boilerplate` flag); `text` is the document they were cut from. */
export function markPageFurniture(sentences: Sentence[], text: string): void {
  let mode: "none" | "rest" | "block" | "list" = "none";
  let blockLines = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.inTitle) continue;
    const opensLine = i === 0 || lineBreakBetween(text, sentences[i - 1]!.end, s.start);
    const t = s.text;
    if (opensLine) {
      if (mode === "block" && ++blockLines > 1) mode = "none";
      if (mode === "list" && (wordCount(t) > LIST_ITEM_MAX_WORDS || /[.!?]["')]?$/.test(t))) mode = "none";
      const heading = t.replace(/[\s:]+$/, "");
      if (isWholeLine(sentences, i, text)) {
        if (COMMENTS_HEADING.test(heading)) mode = "rest";
        else if (mode !== "rest" && ONE_BLOCK_HEADING.test(heading)) {
          mode = "block";
          blockLines = 0;
        } else if (mode !== "rest" && LIST_HEADING.test(heading)) mode = "list";
      }
      if (isMenuLine(t)) s.boilerplate = true;
    }
    if (mode !== "none" || FURNITURE_SENTENCE.test(t)) s.boilerplate = true;
  }
}

// The sentence is all of its line.
function isWholeLine(sentences: Sentence[], i: number, text: string): boolean {
  const next = sentences[i + 1];
  return !next || lineBreakBetween(text, sentences[i]!.end, next.start);
}

// Only the gap between two sentences is read (spaces and line breaks), so the cost stays linear.
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function isMenuLine(t: string): boolean {
  if (!MENU_LINE.test(t)) return false;
  const items = t.split(MENU_SPLIT);
  return items.length >= 3 && items.every((w) => w.trim().split(/\s+/).length <= 4);
}

function wordCount(t: string): number {
  return t.trim().split(/\s+/).length;
}
