/**
 * The first index in [0, n) at which `before(index)` is false, for a predicate that is true on a prefix
 * and false after it (binary search); n when it never turns false.
 */
export function firstIndexNotBefore(n: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
