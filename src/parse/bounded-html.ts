import type { Document } from "domhandler";
import { DomHandler, Parser, type ParserOptions } from "htmlparser2";

/**
 * htmlparser2 keeps its open-element stack with `Array.unshift`, so every open tag costs as much as the
 * current nesting depth: 200,000 nested tags (600 KB) take minutes. Every parse in this folder goes
 * through here and stops at MAX_DEPTH, far beyond any real feed or page (they stay under ~40).
 */
export const MAX_DEPTH = 256;

/** Thrown when a document nests elements deeper than MAX_DEPTH. */
export class TooDeepError extends Error {
  constructor() {
    super(`The document nests elements more than ${MAX_DEPTH} deep.`);
    this.name = "TooDeepError";
  }
}

/** The three parse events the text writer and the sanitiser consume. */
export interface HtmlEvents {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * Streams an HTML fragment's events (entities decoded, names lower-cased). Past MAX_DEPTH the rest of the
 * fragment is dropped; returns false when that happened, so callers can close what they opened.
 */
export function streamHtml(html: string, events: HtmlEvents): boolean {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_DEPTH) throw new TooDeepError();
        events.open(name, attributes);
      },
      ontext: (text) => events.text(text),
      onclosetag(name) {
        depth--;
        events.close(name);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  try {
    parser.end(html);
    return true;
  } catch (error) {
    if (error instanceof TooDeepError) return false;
    throw error;
  }
}

class DepthLimitedHandler extends DomHandler {
  private depth = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > MAX_DEPTH) throw new TooDeepError();
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/**
 * Builds a DOM like htmlparser2's `parseDocument`, but throws TooDeepError past MAX_DEPTH; with
 * `keepPartial`, returns the tree built so far instead.
 */
export function parseBoundedDocument(text: string, options: ParserOptions, keepPartial = false): Document {
  const handler = new DepthLimitedHandler();
  try {
    new Parser(handler, options).end(text);
  } catch (error) {
    if (!(error instanceof TooDeepError) || !keepPartial) throw error;
  }
  return handler.root;
}
