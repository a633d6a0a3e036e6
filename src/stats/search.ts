// Binary search over ascending numeric arrays (typed or plain).

/**
 * The first index whose value is ≥ `value` (`sorted.length` when none): C++'s `std::lower_bound`.
 * O(log n). `sorted` must be ascending.
 * @example lowerBound([1, 2, 2, 3], 2) // 1
 */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index whose value is > `value` (`sorted.length` when none): C++'s `std::upper_bound`.
 * O(log n). `sorted` must be ascending.
 * @example upperBound([1, 2, 2, 3], 2) // 3
 */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
