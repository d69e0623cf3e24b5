// Lookups in ascending lists of offsets, shared by the fields that keep such lists (sum offsets, word starts).

/** Index of the first element of the ascending `list` that is >= `value` (the list's length when there is none). */
export function firstAtOrAfter(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
