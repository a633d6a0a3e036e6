// Binary search over ascending numeric arrays (typed or plain).

/**
 * The first index whose value is ≥ `value` (`sorted.length` when none): C++'s `std::lower_bound`.
 * O(log n). `sorted` must be ascending: numbers, or strings in code-unit order (ISO dates).
 * @example lowerBound([1, 2, 2, 3], 2) // 1
 * @example lowerBound(['2019-08-16', '2019-08-19'], '2019-08-17') // 1
 */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
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
 * O(log n). `sorted` must be ascending (numbers, or strings in code-unit order).
 * @example upperBound([1, 2, 2, 3], 2) // 3
 */
export function upperBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
