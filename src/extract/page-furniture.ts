// Page furniture that scope.ts's line cues do not reach: a fetched page keeps its navigation bar, captions, tag lists,
// sponsor blocks, author boxes, comment threads and tracker sidebars around the story. Such blocks talk about
// ransomware, ransoms and other victims ("Is your hospital ready for ransomware?", "Hospitals should never pay the
// ransom", "Other recent victims"), so every field would read them as facts of the incident. They are recognised by
// the page's layout (a short heading line that opens a block, a line of menu items) rather than by what they say.
import { isSpaceCode } from "../lib/space-code";
import { wordGates } from "./cue-gate";
import { wordCount, type Sentence } from "./text";
import { DATE_CELL, HEALTH_SECTOR } from "./tracker-row";

// A heading after which the rest of the page is readers' comments (comments close a page; only furniture follows).
const COMMENTS_HEADING =
  /^(?:\d+ (?:comments?|responses?|replies)|comments?(?: \(\d+\))?|leave a (?:reply|comment)|reader comments|join the (?:discussion|conversation)|show comments|discussion|(?:view|show|read) (?:all )?\d+ comments?|sort by (?:best|newest|oldest|top))$/i;
// A heading whose next line is an advertisement or an author box. A bare "Advertisement" marks an ad slot whose ad is
// no text: the line after it is the story going on ("Advertisement" between two paragraphs of a news page).
const ONE_BLOCK_HEADING =
  /^(?:sponsored(?: content| post)?|promoted(?: content)?|partner content|paid (?:post|content)|from our sponsors?|about (?:the )?authors?|about (?:the |our )?guests?|(?:previous|next|older|newer) (?:post|article|story)|about \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}|notes? (?:to|for) editors)$/iu;
// A press release's "About <organisation>" heading over its boilerplate, however long the name: read case-sensitively,
// so a subhead such as "About the attack on the hospital" is no heading of a block.
const ABOUT_ORGANISATION_HEADING =
  /^About (?:the )?\p{Lu}[\p{L}\p{N}'.-]*(?: (?:\p{Lu}[\p{L}\p{N}'.-]*|of|and|for|the|&)){0,6}$/u;
// A heading that opens a list of links or sidebar items (lines without a sentence's closing stop).
const LIST_HEADING =
  /^(?:(?:other |latest |recent |more |similar )(?:recent )?victims|(?:upcoming )?events|jobs|careers|webinars|resources|press coverage|in the (?:news|press)|most (?:read|popular|viewed|shared)|top stories|editor'?s picks|further reading|keep reading|what to read next|in other news|more stories|(?:also|more) from (?:this source|this author|the author)|popular (?:stories|posts|now)|trending(?: now)?|related (?:content|posts|reading|topics|links)|tags|topics|keywords|sources|references|footnotes|notes|(?:(?:ransomware|breach|leak ?site|attack) )?tracker(?::? [a-z ]{0,30})?|latest (?:claims|victims|breaches|incidents|attacks|leaks)|(?:previous|more|other|recent) posts(?: (?:by|from) (?:this|the) (?:group|gang|author))?)\s*:?$/i;
// A roundup's section on the rest of its beat ("In Other Healthcare Data Breach News", "Elsewhere in cybersecurity
// news"): what follows to the end of the page are other incidents, told in full paragraphs, as readers' comments are
// other voices. A bare "In other news" is a site's sidebar, read as a list above.
const OTHER_NEWS_SECTION =
  /^(?:in other (?:[\p{L}-]+ ){1,4}news|elsewhere in (?:[\p{L}-]+ ){0,3}news|other (?:[\p{L}-]+ ){1,3}news (?:this|of the) week|also in (?:this|today's|this week's) (?:roundup|round-up|issue|edition|newsletter|digest|briefing))$/iu;
// A heading of the lists that close a page, whose items may carry a teaser sentence ("Qilin hits X. The gang says ...").
// A local paper's "More local news" and a law firm's "Other recent investigations" open such lists too.
const TEASER_LIST_HEADING =
  /^(?:related (?:articles|stories|posts|content|coverage|news|reading)|more (?:[\p{L}-]+ ){1,2}(?:news|stories|headlines)|(?:other |recent |current |open |active |related |more ){1,2}(?:(?:data )?breach |class[- ]action |(?:data )?privacy )?(?:investigations|lawsuits|class actions|settlements)|recommended(?: for you| stories| articles| reading)?|you (?:may|might) also (?:like|be interested in)|more from [\p{L} ]{2,30}|more (?:articles|stories|news|coverage|reading) (?:on|about) [\p{L} -]{2,30}|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|latest (?:news|stories|articles)|popular (?:stories|posts|now)|top stories|editor'?s picks|(?:elsewhere|also) this week|(?:other|more) (?:stories|news|headlines) this week|in brief|briefly|up next|watch next|next up|(?:more|related) (?:videos|episodes)|read next|from around the web|timeline|key dates|chronology|(?:previous|earlier|our|more|full) coverage)\s*:?$/iu;
// An author's bio: "Jo Reyes is a breaking news reporter covering cybercrime." (read only where " is a" is), or "Jo
// Reyes covers health technology for the Ledger." (read only where such a verb is).
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'.-]*){1,2} is an? (?:[\p{L}-]+ ){0,4}?(?:reporter|writer|editor|correspondent|journalist|contributor|columnist|analyst at|researcher at)\b/u;
const AUTHOR_BEAT =
  /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'.-]*){1,2} (?:covers|writes about|reports on) [^.]{3,80}? for (?:the )?\p{Lu}/u;

// Sentences that are furniture wherever they stand, by their opening label ("Read more:", "ALSO READ |", "Tags:"),
// tried only where a colon or bar comes early (most sentences hold none), ...
const FURNITURE_LABEL =
  /^(?:(?:read next|also read|read also|read more|more on this|more|related|recommended|watch|listen|see also|also see|also on (?:the |this |our )?(?:blog|site|website|podcast)|don't miss|must read|trending(?: topics)?|previous (?:alerts?|posts?|coverage|stories|webinars?|episodes?|issues?|editions?)|(?:previous|next)(?: (?:post|article|story))?|earlier coverage|about (?:the |our )?(?:authors?|guests?|speakers?|hosts?|panel(?:ists)?)|about (?:the |this )?(?:group|gang|threat actors?|ransomware (?:group|gang|operation))|get in touch|(?:live )?webinar|on-?demand|white ?paper|e-?book|(?:correction|clarification)(?: appended)?|editor'?s note|most read|most popular|top stories|trending now|you may also like)\s*[:|]|(?:tags|topics|keywords|categories|filed in)\s*:)/i;
const LABEL_REACH = 48;
// A correction notice, dated or not ("Correction, 14 June 2023:", "Clarification (May 3):"), or told by what it corrects
// ("An earlier version of this article said ..."): what it withdraws is no fact of the story, and its line goes with it.
const CORRECTION_NOTICE =
  /^(?:(?:correction|clarification)s?(?: appended)?,?\s(?:\(?(?:on )?(?:\d{1,2} \p{L}{3,9}\.?(?:,? \d{4})?|\p{L}{3,9}\.? \d{1,2}(?:,? \d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\)?)\s*[:|]|(?:an? |the )?(?:earlier|previous|original) version of this (?:article|story|report|post|piece)\b)/iu;
// A correction states what was wrong and what is right, which takes more words than a byline's line.
const CORRECTION_LINE_MAX_WORDS = 90;
// ... or by their opening words (a roundup's credits, "Contributors and those who provided new ransomware information
// this week include: @..." among them). A byline split by a bar from its date ("Published 26 July 2023 | By Jo Reyes, PA",
// "By Jo Reyes | May 2") carries the agency's or author's place, never the victim's; so does a byline that gives the
// author's beat before the name ("By health reporter Jo Reyes"), whose beat would describe the name as a health body.
// A correction notice's account of what an earlier version got wrong ("An earlier version of this article said ...",
// "The earlier version also said ...") withdraws those claims, labelled or not.
const FURNITURE_OPENING =
  /^(?:(?:an?|the) (?:earlier|previous|original|prior) version(?: of (?:this|the) (?:story|article|report|post|item|piece))?(?: also)? (?:said|stated|misstated|reported|incorrectly|wrongly|misidentified|misspelled|gave|included|named|described)\b|(?:published|updated|posted)\b[^|]{0,40}\|\s*by\s|by [^|.]{2,50}\||by (?:[a-z]+ ){0,2}(?:reporter|correspondent|editor|writer|journalist) [^.|:,;]{2,40}$|about the author\b|unsubscribe\b|view (?:this email |it )?in (?:your |a )?browser|you are receiving this|forward (?:this )?to a friend|read the original\b|(?:photo |image |picture )?courtesy(?: of)?\b|(?:this (?:story|article) (?:was |is )?)?(?:originally|first) (?:published|appeared)\b|(?:picture|caption|credit|illustration|photograph|photo by|image by|screenshot)\b|(?:image|photo|picture|slide) \d+ (?:of|\/) \d+\b|(?:contributors|thanks to (?:everyone|all|those)) (?:and those )?who (?:provided|contributed|sent|shared)\b)/i;
// A press release's closing boilerplate: "About Orrin Cyber: Orrin Cyber is a leading provider of ...".
const ABOUT_LABEL = /^About (?:\p{Lu}[\p{L}\p{N}&.'-]*,? ){0,4}\p{Lu}[\p{L}\p{N}&.'-]*:/u;
// ... and lines that are, by a phrase looked for only where one of its words is (cue-gate.ts; keep them in step).
// Attackers "sponsored by" a state are news, not a sponsor's line ("hackers sponsored by China stole ...").
const FURNITURE_PHRASE =
  /\b(?:we use cookies|cookie (?:policy|settings|preferences)|(?:this (?:article|post|content) is|brought to you|(?<!\b(?:hackers?|groups?|gangs?|actors?|attackers?|crews?|operatives|units?|attacks?|campaigns?|operations?|espionage|spies) )sponsored) (?:sponsored |presented )?by|delivered (?:straight )?to your inbox)\b/i;
// The bio, beat and credit lines below are read only where their verb is.
const GATES = wordGates({
  phrase: "cookies cookie sponsored presented brought inbox",
  bio: "is",
  beat: "covers writes reports",
  contributed: "contributed",
});
// A caption ends on its credit: "(AP Photo/Dale Corbin)", "(Getty Images)", "(KPLV photo)"; read in the line's last
// bracket only.
const CREDIT =
  /^\((?:[^()]{0,60}[\s/])?(?:photos?|photograph|pictures?|images?|screenshot|illustration|getty|shutterstock|istock(?:photo)?|alamy)(?:[\s/.,][^()]{0,60})?\)$/i;
// A sales pitch: an imperative to sign up, download or follow, with what it offers ("Get the Cyber Brief free every
// Monday", "Book a demo", "Follow us on Google News", "Catch all the latest news on our site"). Its line goes with it.
// The first word only, up to its space, so "Follow-up appointments" and "Catch-up clinics" are no pitch.
const PITCH_VERB = /^(?:get|sign|subscribe|register|download|book|join|follow|catch|stay) /i;
const PITCH =
  /^(?:follow\b.*\bon (?:facebook|x|twitter|instagram|linkedin|threads|bluesky|youtube|tiktok|whatsapp|google news)\b|(?:get|sign up|subscribe|register|download|book|join|follow us|catch|stay (?:ahead|informed|up to date))\b.*\b(?:free|newsletters?|briefs?|briefing|digest|inbox|demo|now|today|updates|alerts|google news|(?:on|to) our (?:site|app|channel)|every (?:day|week|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)/i;
// A heading or question that opens an account of other attacks: "Background: other attacks on the NHS", "How does this
// compare with other attacks?", "Has this happened before?". What follows on its line, or the next line, is background.
const OTHER_INCIDENTS_HEADING =
  /^(?:(?:background|context|history)\s*:\s*)?(?:(?:other|previous|earlier|past|similar|recent) (?:\S+ )?(?:attacks|incidents|breaches|cyber-?attacks|hacks)\b|(?:has|have) (?:this|it|they|attacks like this) happened before|how does (?:this|it) compare|not the first)/i;
// A paragraph a newsroom labels as context ("Background: The gang was behind ...") tells what came before the story, so
// the rest of its line is background, whatever it goes on to name.
const BACKGROUND_LABEL = /^background\s*:\s+\S/i;
// A heading over a box that explains attacks in general ("Explainer: How ransomware attacks work", "What is
// ransomware?"): its next line tells how attacks go, not what happened here. A bare "Explainer" tags the article.
const EXPLAINER_HEADING =
  /^(?:explainer\s*:\s*(?:how|what is|what are)\b|what is (?:ransomware|a ransomware attack|double extortion|a cyber ?attack)|how (?:do )?(?:ransomware|cyber ?attacks?|ransomware attacks?|hackers) (?:attacks? )?works?)/i;
// "The post X appeared first on Y.", which WordPress feeds add to every item.
const APPEARED_FIRST = /^the post .* appeared first on /i;
// "The Associated Press contributed to this report."
const CONTRIBUTED = / contributed to this (?:report|story|article)\b/i;
// A question that asks whether something happened states nothing ("Was a ransom paid? The board has not said."); a
// question that asks why or how presupposes its fact, so only yes/no questions are read out. A transcript's or
// interview's speaker label may come first ("HOST 1: Was there a ransom?", "Q: Did they pay?").
const YES_NO_QUESTION =
  /^(?:[\p{L}\d .'-]{1,24}:\s+)?(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could|should)\b[^?]*\?["')]?$/iu;
// A menu or breadcrumb line: three or more items split by bars, chevrons, slashes or wide gaps, without a colon a tracker's field labels would have.
const MENU_LINE = /^[^:.!?]{0,120}$/;
// Folding turns a "»" into '"', so a spaced quote mark separates too.
const MENU_SPLIT = /\s[|»›>\/"•·]\s|\s{3,}/g;
const MENU_SEPARATOR = /\s[|»›>\/"•·]\s|\s{3}/;
// A ticker of headlines split by bullets: "Akira hits Ohio clinic • LockBit returns with new leak site • ...".
const TICKER_SEPARATOR = /\s[•·]\s/;
const TICKER_ITEM_MAX_WORDS = 9;
// ":", ".", "!" and "?", which MENU_LINE keeps out of a menu line.
const SENTENCE_STOP = new Set([58, 46, 33, 63]);

const LIST_ITEM_MAX_WORDS = 22;
// A byline, label or pitch with a teaser or two after it on its line; more is a story's paragraph.
const FURNITURE_LINE_MAX_SENTENCES = 4;
const FURNITURE_LINE_MAX_WORDS = 45;
// Longer than any heading the patterns above accept.
const HEADING_MAX_CHARS = 60;
// A teaser item: a headline and a sentence or two, shorter than a story's paragraph.
const TEASER_ITEM_MAX_WORDS = 30;
const TEASER_ITEM_MAX_SENTENCES = 3;
// "Delaware hospital pays $700,000 to LockBit: The ransom was paid after ...": a headline, a colon, the teaser.
const HEADLINE_AND_TEASER = /^[^:.!?]{12,100}: \p{Lu}/u;

// A section label above the story: two short items split by a bar ("Health | Ferncastle", "Opinion | Cyber
// resilience"), which MENU_LINE's three items miss. Read only before the story's first full sentence, so a tracker's
// two-cell row in the story ("Akira | Haddon Moor Surgery") stays.
const SECTION_LABEL = /^[^:.!?|]{2,30} \| [^:.!?|]{2,30}$/;
const SECTION_ITEM_MAX_WORDS = 3;

// An item that reads as a named body ("Fairview Clinic", "Harlow Family Practice") makes the line a tracker's cells.
const NAMED_BODY_ITEM = /\S \S*(?:clinic|hospital|surgery|pharmacy|practice|cent(?:re|er)|dental|medical|care)$/i;

function isSectionLabel(t: string): boolean {
  if (!SECTION_LABEL.test(t)) return false;
  const bar = t.indexOf(" | ");
  const left = t.slice(0, bar);
  const right = t.slice(bar + 3);
  return (
    wordCount(left, SECTION_ITEM_MAX_WORDS + 1) <= SECTION_ITEM_MAX_WORDS &&
    wordCount(right, SECTION_ITEM_MAX_WORDS + 1) <= SECTION_ITEM_MAX_WORDS &&
    !NAMED_BODY_ITEM.test(left) &&
    !NAMED_BODY_ITEM.test(right)
  );
}

// A tracker list's row: "- Play: Corvell Plastics (DE), manufacturing", the group, the victim with its country code and
// the victim's sector. In a list of two or more, a row whose sector is no healthcare one tells another incident.
const TRACKER_LIST_ROW =
  /^(?:[-*\u2022]\s*)?[^\s:][^:]{0,30}:\s+\S[^:]{1,80}?\([A-Z]{2}\),\s*([a-z][a-z/&, -]{1,40}?)(?:[;.]|$)/i;

// A tracker table's row ("2024-05-31 | akira | Stanford University | US | Education") whose last cell is its sector: in a
// table where some row's sector is a healthcare one, a row whose sector is not tells another incident.
const lastCell = (t: string) => t.slice(t.lastIndexOf("|") + 1).trim();

function markOtherTableRows(sentences: Sentence[]): void {
  const rows = sentences.filter((s) => !s.inTitle && s.text.includes("|") && DATE_CELL.test(s.text));
  if (rows.length < 2 || !rows.some((s) => HEALTH_SECTOR.test(lastCell(s.text)))) return;
  for (const s of rows) if (!HEALTH_SECTOR.test(lastCell(s.text))) s.background = true;
}

function markOtherTrackerRows(sentences: Sentence[]): void {
  markOtherTableRows(sentences);
  let rows = 0;
  for (const s of sentences) if (!s.inTitle && s.text.includes("),") && TRACKER_LIST_ROW.test(s.text)) rows++;
  if (rows < 2) return;
  for (const s of sentences) {
    if (s.inTitle || !s.text.includes("),")) continue;
    const m = TRACKER_LIST_ROW.exec(s.text);
    if (m && !HEALTH_SECTOR.test(m[1]!)) s.background = true;
  }
}

// The headline as one string, to recognise the page's own copy of it above the story (scrapers keep the <h1>).
function headlineOf(sentences: readonly Sentence[]): string {
  let out = "";
  for (const s of sentences) if (s.inTitle) out = out ? out + " " + s.text : s.text;
  return out.trim().toLowerCase();
}

/** Marks page furniture among `sentences` (their `boilerplate` flag); `text` is the document they were cut from. */
export function markPageFurniture(sentences: Sentence[], text: string): void {
  const headline = headlineOf(sentences);
  markOtherTrackerRows(sentences);
  // Before the story's first sentence with a closing stop: the page's header, where labels and the headline's copy sit.
  let inHeader = true;
  let mode: "none" | "rest" | "block" | "list" | "teasers" | "background" | "generic" = "none";
  let blockLines = 0;
  // Furniture is laid out in lines: a line is read by its opening sentence, and the rest of it goes with it.
  let furnitureLine = false;
  let backgroundLine = false;
  // A question about another incident ("did the Halifax hospital hit last year ever pay?") is answered on the next
  // line, which tells of that incident too.
  let answersOtherIncident = false;
  let askedOtherIncident = false;
  let lineStart = 0;
  // A page flattened to one line (a feed's description, a scraper that drops paragraph breaks) holds the story on the
  // byline's or the pitch's line: there, furniture is only its own sentence.
  let longLine = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.inTitle) continue;
    const t = s.text;
    const opensLine = i === 0 || lineBreakBetween(text, sentences[i - 1]!.end, s.start);
    if (!opensLine && longLine) furnitureLine = false;
    if (opensLine) {
      lineStart = i;
      const correction = CORRECTION_NOTICE.test(t);
      longLine = lineRunsPast(
        sentences,
        i,
        text,
        FURNITURE_LINE_MAX_SENTENCES,
        correction ? CORRECTION_LINE_MAX_WORDS : FURNITURE_LINE_MAX_WORDS,
      );
      answersOtherIncident = askedOtherIncident;
      askedOtherIncident = false;
      if ((mode === "block" || mode === "background" || mode === "generic") && ++blockLines > 1) mode = "none";
      if (mode === "list" && (wordCount(t, LIST_ITEM_MAX_WORDS + 1) > LIST_ITEM_MAX_WORDS || /[.!?]["')]?$/.test(t)))
        mode = "none";
      if (mode === "teasers" && !isTeaserLine(sentences, i, text)) mode = "none";
      if (t.length <= HEADING_MAX_CHARS && isWholeLine(sentences, i, text)) {
        const heading = withoutTrailingColons(t);
        if (COMMENTS_HEADING.test(heading) || OTHER_NEWS_SECTION.test(heading)) mode = "rest";
        else if (mode !== "rest" && (ONE_BLOCK_HEADING.test(heading) || ABOUT_ORGANISATION_HEADING.test(heading))) {
          mode = "block";
          blockLines = 0;
        } else if (mode !== "rest" && TEASER_LIST_HEADING.test(heading)) mode = "teasers";
        else if (mode !== "rest" && LIST_HEADING.test(heading)) mode = "list";
        else if (mode === "none" && OTHER_INCIDENTS_HEADING.test(heading)) {
          mode = "background";
          blockLines = 0;
        } else if (mode === "none" && EXPLAINER_HEADING.test(heading)) {
          mode = "generic";
          blockLines = 0;
        }
      }
      furnitureLine =
        isFurnitureSentence(s) ||
        ABOUT_LABEL.test(t) ||
        isMenuLine(t) ||
        endsOnCredit(sentences, i, text) ||
        (inHeader && isWholeLine(sentences, i, text) && (repeatsHeadline(t, headline) || isSectionLabel(t)));
      const labelledBackground = BACKGROUND_LABEL.test(t);
      backgroundLine = (!isWholeLine(sentences, i, text) && OTHER_INCIDENTS_HEADING.test(t)) || labelledBackground;
      if (labelledBackground && !furnitureLine) s.background = true;
    } else if (backgroundLine && !s.boilerplate) s.background = true;
    if (answersOtherIncident && !s.boilerplate) s.background = true;
    if (!furnitureLine && isPitch(t)) {
      // The pitch takes its whole line, the sentences before it included ("Stay ahead of the next attack. Get ...").
      if (!longLine) for (let j = lineStart; j < i; j++) sentences[j]!.boilerplate = true;
      furnitureLine = true;
    }
    if (mode === "background") s.background = true;
    else if (mode === "generic") s.generic = true;
    // A label such as "Previous alerts:" or "Picture:" may follow a sentence on its line.
    else if (
      mode !== "none" ||
      furnitureLine ||
      (!opensLine && (longLine ? isFurnitureSentence(s) : opensAsFurniture(t)))
    )
      s.boilerplate = true;
    if (inHeader && !s.boilerplate && /[.!?]["')]?$/.test(t) && t !== headline) inHeader = false;
    const question = t.charCodeAt(t.length - 1) === 63 || t.endsWith('?"');
    if (question && YES_NO_QUESTION.test(t)) s.generic = true;
    // Only a line that ends on the question hands it to the next line.
    askedOtherIncident = question && s.background;
  }
}

// The line is the headline again, as the page shows it above the story.
function repeatsHeadline(t: string, headline: string): boolean {
  return headline.length > 0 && t.length === headline.length && t.toLowerCase() === headline;
}

// `t` without the spaces and colons it ends on (as a heading's "Comments:" is read), cut from the end rather than by a
// pattern tried at every space of the line.
function withoutTrailingColons(t: string): string {
  let end = t.length;
  while (end > 0 && (t.charCodeAt(end - 1) === 58 || isSpaceCode(t.charCodeAt(end - 1)))) end--;
  return t.slice(0, end);
}

// Furniture by the sentence's own words (a label, byline, author's bio, cookie or sponsor line), wherever it stands.
function isFurnitureSentence(s: Sentence): boolean {
  const t = s.text;
  const gates = GATES.hits(s);
  return (
    opensAsFurniture(t) ||
    APPEARED_FIRST.test(t) ||
    (!!(gates & GATES.bit.contributed) && CONTRIBUTED.test(t)) ||
    (!!(gates & GATES.bit.bio) && AUTHOR_BIO.test(t)) ||
    (!!(gates & GATES.bit.beat) && AUTHOR_BEAT.test(t)) ||
    (!!(gates & GATES.bit.phrase) && FURNITURE_PHRASE.test(t))
  );
}

function opensAsFurniture(t: string): boolean {
  const colon = t.indexOf(":");
  const bar = t.indexOf("|");
  const label = (colon >= 0 && colon < LABEL_REACH) || (bar >= 0 && bar < LABEL_REACH);
  return (label && FURNITURE_LABEL.test(t)) || FURNITURE_OPENING.test(t) || CORRECTION_NOTICE.test(t);
}

function isPitch(t: string): boolean {
  return PITCH_VERB.test(t) && PITCH.test(t);
}

// The line opened by sentence i ends on a photo credit, as a caption does.
function endsOnCredit(sentences: Sentence[], i: number, text: string): boolean {
  let last = i;
  while (last + 1 < sentences.length && !lineBreakBetween(text, sentences[last]!.end, sentences[last + 1]!.start))
    last++;
  const t = sentences[last]!.text;
  if (t.charCodeAt(t.length - 1) !== 41) return /^(?:screenshot|photo|picture|image)s?\s*:/i.test(t) && last > i;
  const open = t.lastIndexOf("(");
  return open >= 0 && t.length - open <= 130 && CREDIT.test(t.slice(open));
}

// The line opened by sentence i is short, in words and sentences, like a related story's headline and teaser; a
// "Headline: teaser" item may run longer.
function isTeaserLine(sentences: Sentence[], i: number, text: string): boolean {
  return (
    HEADLINE_AND_TEASER.test(sentences[i]!.text) ||
    !lineRunsPast(sentences, i, text, TEASER_ITEM_MAX_SENTENCES, TEASER_ITEM_MAX_WORDS)
  );
}

// The line opened by sentence i holds more than `maxSentences` sentences or `maxWords` words: a teaser's line, or
// furniture's with a teaser or two after it, holds fewer. Counting stops at the first limit passed.
function lineRunsPast(sentences: Sentence[], i: number, text: string, maxSentences: number, maxWords: number): boolean {
  let words = 0;
  for (let j = i; j < sentences.length; j++) {
    if (j > i && lineBreakBetween(text, sentences[j - 1]!.end, sentences[j]!.start)) return false;
    if (j - i >= maxSentences) return true;
    words += wordCount(sentences[j]!.text, maxWords + 1);
    if (words > maxWords) return true;
  }
  return false;
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
  if (!MENU_SEPARATOR.test(t) || !MENU_LINE.test(t) || DATE_CELL.test(t)) return false;
  const items = t.split(MENU_SPLIT);
  const maxWords = TICKER_SEPARATOR.test(t) ? TICKER_ITEM_MAX_WORDS : 4;
  return items.length >= 3 && items.every((w) => w.trim().split(/\s+/).length <= maxWords);
}
