// A map from 32-bit integer keys to values for the scans that look up every word of a text (cue gates, lexicons).
// It stays small enough to remain in the processor's cache: a 64K-slot array per table was a cache miss per lookup on a
// busy machine, and a Map boxes every key that is no small integer (most word hashes).

// Fibonacci hashing: the high bits of the product mix every bit of the key.
const mix = (key: number) => Math.imul(key, 0x9e3779b1);

/** Integer keys to values (never undefined); `mayHold` rules most absent keys out on one read of a 8 KB bit filter. */
export class IntTable<V> {
  private readonly filter = new Int32Array(65536 / 32);
  private keys = new Int32Array(16);
  private values: (V | undefined)[] = new Array<V | undefined>(16).fill(undefined);
  private bits = 4;
  private size = 0;

  /** False when `key` is surely absent; true when it may be present. */
  mayHold(key: number): boolean {
    const f = mix(key) >>> 16;
    return (this.filter[f >>> 5]! & (1 << (f & 31))) !== 0;
  }

  get(key: number): V | undefined {
    const last = this.keys.length - 1;
    for (let k = mix(key) >>> (32 - this.bits); ; k = (k + 1) & last) {
      const value = this.values[k];
      if (value === undefined || this.keys[k] === (key | 0)) return value;
    }
  }

  set(key: number, value: V): void {
    const last = this.keys.length - 1;
    let k = mix(key) >>> (32 - this.bits);
    for (; this.values[k] !== undefined; k = (k + 1) & last) {
      if (this.keys[k] === (key | 0)) {
        this.values[k] = value;
        return;
      }
    }
    // Kept under half full, so a probe ends within a few slots.
    if (2 * (this.size + 1) > this.keys.length) {
      this.grow();
      this.set(key, value);
      return;
    }
    this.keys[k] = key;
    this.values[k] = value;
    this.size++;
    const f = mix(key) >>> 16;
    this.filter[f >>> 5]! |= 1 << (f & 31);
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits);
    this.values = new Array<V | undefined>(1 << this.bits).fill(undefined);
    this.size = 0;
    values.forEach((v, k) => {
      if (v !== undefined) this.set(keys[k]!, v);
    });
  }
}
