/** 32-bit FNV-1a over the UTF-16 code units of a string, seeded so one function gives independent hashes. */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output, which FNV alone does poorly on short keys. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 64-bit hash of a string as 16 hex digits (two independently seeded 32-bit halves). */
export function hash64Hex(text: string): string {
  const a = mix32(fnv1a32(text));
  const b = mix32(fnv1a32(text, 0x9747b28c));
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
