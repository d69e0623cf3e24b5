import { fnv1a32, mix32 } from "./hash";
import { foldWords, stripBoilerplate } from "./text";

/** Number of MinHash functions; 63 = 21 LSH bands of 3 rows. */
export const SIGNATURE_SIZE = 63;
const BAND_ROWS = 3;
/** Word n-gram length of a shingle: long enough that unrelated stories share almost none. */
const SHINGLE_WORDS = 4;
/** Below this many shingles a text is too short for its signature to mean anything. */
const MIN_SHINGLES = 8;

// Fixed seeds, so signatures computed in different processes compare.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/**
 * A b-bit MinHash signature (16 bits per function) of an article's text, or null when the text is too short.
 * Keeping 16 bits makes the signature 126 bytes while two unrelated values collide once in 65,536.
 */
export type Signature = Uint16Array;

// Shingles (word 4-grams) of the text after boilerplate removal, as 32-bit hashes.
function shingleHashes(text: string): Set<number> {
  const words = foldWords(stripBoilerplate(text));
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a32(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  return out;
}

/** The MinHash signature of a text, or null when it has too few shingles to compare. */
export function textSignature(text: string): Signature | null {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return null;
  const mins = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(s ^ SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  return Uint16Array.from(mins, (m) => m & 0xffff);
}

/**
 * Estimated Jaccard similarity of the shingle sets behind two signatures (share of equal positions).
 * With `floor`, gives up and answers 0 once the similarity can no longer reach it: most candidate
 * pairs share nothing, and matching only asks whether they reach the near-duplicate threshold.
 */
export function signatureSimilarity(a: Signature, b: Signature, floor = 0): number {
  const maxMisses = Math.floor(SIGNATURE_SIZE * (1 - floor));
  let misses = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] !== b[i] && ++misses > maxMisses) return 0;
  return (SIGNATURE_SIZE - misses) / SIGNATURE_SIZE;
}

/** LSH band keys: two texts with Jaccard similarity 0.5 share at least one with probability 0.94, at 0.2 only 0.15. */
export function bandKeys(sig: Signature): string[] {
  const keys: string[] = [];
  for (let b = 0; b * BAND_ROWS < SIGNATURE_SIZE; b++) {
    let key = `lsh:${b}:`;
    for (let r = 0; r < BAND_ROWS; r++) key += sig[b * BAND_ROWS + r]!.toString(16).padStart(4, "0");
    keys.push(key);
  }
  return keys;
}

const HEX = "0123456789abcdef";

/** Compact text form of a signature (hex), as stored on an incident's sources. */
export function encodeSignature(sig: Signature): string {
  let out = "";
  for (const v of sig) out += HEX[v >> 12]! + HEX[(v >> 8) & 15]! + HEX[(v >> 4) & 15]! + HEX[v & 15]!;
  return out;
}

// Value of a lower-case hex digit's char code, or -1. Decoding runs for every candidate's every source.
function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** Parses `encodeSignature`'s output; null for anything malformed (an older or foreign value). */
export function decodeSignature(text: string | null | undefined): Signature | null {
  if (!text || text.length !== SIGNATURE_SIZE * 4) return null;
  const sig = new Uint16Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    let v = 0;
    for (let j = 0; j < 4; j++) {
      const d = hexValue(text.charCodeAt(i * 4 + j));
      if (d < 0) return null;
      v = (v << 4) | d;
    }
    sig[i] = v;
  }
  return sig;
}
