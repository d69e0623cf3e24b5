// Page furniture that scope.ts's line cues do not reach: a fetched page keeps its navigation bar, captions, tag lists,
// sponsor blocks, author boxes, comment threads and tracker sidebars around the story. Such blocks talk about
// ransomware, ransoms and other victims ("Is your hospital ready for ransomware?", "Hospitals should never pay the
// ransom", "Other recent victims"), so every field would read them as facts of the incident. They are recognised by
// the page's layout (a short heading line that opens a block, a line of menu items) rather than by what they say.
import { wordGates } from "./cue-gate";
import { wordCount, type Sentence } from "./text";

// A heading after which the rest of the page is readers' comments (comments close a page; only furniture follows).
const COMMENTS_HEADING =
  /^(?:\d+ (?:comments?|responses?|replies)|comments?(?: \(\d+\))?|leave a (?:reply|comment)|reader comments|join the (?:discussion|conversation)|show comments|discussion)$/i;
// A heading whose next line is an advertisement or an author box.
const ONE_BLOCK_HEADING =
  /^(?:sponsored(?: content| post)?|advertisement|promoted(?: content)?|partner content|paid (?:post|content)|from our sponsors?|about (?:the )?authors?|about \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})$/iu;
// A heading that opens a list of links or sidebar items (lines without a sentence's closing stop).
const LIST_HEADING =
  /^(?:(?:other |latest |recent |more )(?:recent )?victims|most (?:read|popular|viewed|shared)|top stories|editor'?s picks|further reading|keep reading|what to read next|in other news|more stories|(?:also|more) from (?:this source|this author|the author)|popular (?:stories|posts|now)|trending(?: now)?|related (?:content|posts|reading|topics|links))\s*:?$/i;
// A heading of the lists that close a page, whose items may carry a teaser sentence ("Qilin hits X. The gang says ...").
const TEASER_LIST_HEADING =
  /^(?:related (?:articles|stories|posts|content|coverage|news|reading)|recommended(?: for you| stories| articles| reading)?|you (?:may|might) also (?:like|be interested in)|more from [\p{L} ]{2,30}|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|latest (?:news|stories|articles)|popular (?:stories|posts|now)|top stories|editor'?s picks)\s*:?$/iu;
// An author's bio: "Jo Reyes is a breaking news reporter covering cybercrime." (read only where " is a" is).
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'.-]*){1,2} is an? (?:[\p{L}-]+ ){0,4}?(?:reporter|writer|editor|correspondent|journalist|contributor|columnist|analyst at|researcher at)\b/u;
// Sentences that are furniture wherever they stand, by their opening words ...
const FURNITURE_OPENING =
  /^(?:about the author\b|(?:read next|also read|read also|more on this|previous (?:alerts?|posts?|coverage|stories)|earlier coverage)\s*:|(?:tags|topics|keywords|categories|filed in)\s*:|(?:picture|caption|credit|illustration|photograph|photo by|image by)\b\s*:?)/i;
// ... and lines that are, by a phrase looked for only where one of its words is (cue-gate.ts; keep them in step).
const FURNITURE_PHRASE =
  /\b(?:we use cookies|cookie (?:policy|settings|preferences)|(?:this (?:article|post|content) is|brought to you|sponsored) (?:sponsored |presented )?by|delivered (?:straight )?to your inbox)\b/i;
const GATES = wordGates({ phrase: "cookies cookie sponsored presented brought inbox" });
// A menu or breadcrumb line: three or more items split by bars, chevrons, slashes or wide gaps, without a colon a tracker's field labels would have.
const MENU_LINE = /^[^:.!?]{0,120}$/;
// Folding turns a "»" into '"', so a spaced quote mark separates too.
const MENU_SPLIT = /\s[|»›>\/"]\s|\s{3,}/g;
const MENU_SEPARATOR = /\s[|»›>\/"]\s|\s{3}/;
// ":", ".", "!" and "?", which MENU_LINE keeps out of a menu line.
const SENTENCE_STOP = new Set([58, 46, 33, 63]);

const LIST_ITEM_MAX_WORDS = 22;
// Longer than any heading the patterns above accept.
const HEADING_MAX_CHARS = 60;
// A teaser item: a headline and a sentence or two, shorter than a story's paragraph.
const TEASER_ITEM_MAX_WORDS = 30;
const TEASER_ITEM_MAX_SENTENCES = 3;

/** Marks page furniture among `sentences` (their `boilerplate` flag); `text` is the document they were cut from. */
export function markPageFurniture(sentences: Sentence[], text: string): void {
  let mode: "none" | "rest" | "block" | "list" | "teasers" = "none";
  let blockLines = 0;
  // Furniture is laid out in lines: a line is read by its opening sentence, and the rest of it goes with it.
  let furnitureLine = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.inTitle) continue;
    const t = s.text;
    if (i === 0 || lineBreakBetween(text, sentences[i - 1]!.end, s.start)) {
      if (mode === "block" && ++blockLines > 1) mode = "none";
      if (mode === "list" && (wordCount(t, LIST_ITEM_MAX_WORDS + 1) > LIST_ITEM_MAX_WORDS || /[.!?]["')]?$/.test(t)))
        mode = "none";
      if (mode === "teasers" && !isTeaserLine(sentences, i, text)) mode = "none";
      if (t.length <= HEADING_MAX_CHARS && isWholeLine(sentences, i, text)) {
        const heading = t.replace(/[\s:]+$/, "");
        if (COMMENTS_HEADING.test(heading)) mode = "rest";
        else if (mode !== "rest" && ONE_BLOCK_HEADING.test(heading)) {
          mode = "block";
          blockLines = 0;
        } else if (mode !== "rest" && TEASER_LIST_HEADING.test(heading)) mode = "teasers";
        else if (mode !== "rest" && LIST_HEADING.test(heading)) mode = "list";
      }
      furnitureLine =
        isMenuLine(t) ||
        (t.includes(" is a") && AUTHOR_BIO.test(t)) ||
        (!!(GATES.hits(s) & GATES.bit.phrase) && FURNITURE_PHRASE.test(t));
    }
    // A label such as "Previous alerts:" or "Picture:" may follow a sentence on its line.
    if (mode !== "none" || furnitureLine || FURNITURE_OPENING.test(t)) s.boilerplate = true;
  }
}

// The line opened by sentence i is short, in words and sentences, like a related story's headline and teaser.
function isTeaserLine(sentences: Sentence[], i: number, text: string): boolean {
  let words = 0;
  for (let j = i; j < sentences.length && j < i + TEASER_ITEM_MAX_SENTENCES + 1; j++) {
    if (j > i && lineBreakBetween(text, sentences[j - 1]!.end, sentences[j]!.start)) return true;
    if (j - i >= TEASER_ITEM_MAX_SENTENCES) return false;
    words += wordCount(sentences[j]!.text, TEASER_ITEM_MAX_WORDS + 1);
    if (words > TEASER_ITEM_MAX_WORDS) return false;
  }
  return true;
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
  // Splitting by a pattern tries it at every character: only lines that hold a separator at all are split. A line
  // ending in a sentence's stop (most lines) holds a character MENU_LINE refuses, so no pattern need read it.
  if (t.length > 120 || SENTENCE_STOP.has(t.charCodeAt(t.length - 1))) return false;
  if (!MENU_SEPARATOR.test(t) || !MENU_LINE.test(t)) return false;
  const items = t.split(MENU_SPLIT);
  return items.length >= 3 && items.every((w) => w.trim().split(/\s+/).length <= 4);
}
