/**
 * Ranks 1..n of `values` in ascending order, ties getting the average of the
 * ranks they span (R's `rank(ties.method = "average")`). NaN values get rank NaN
 * and are not counted.
 *
 * @param values numbers to rank
 * @returns ranks, same length and order as `values`
 * @example
 * averageRanks([10, 30, 20, 20]); // => Float64Array [1, 4, 2.5, 2.5]
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const keys = new Float64Array(values.length);
  const index = new Int32Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    keys[n] = values[i];
    index[n++] = i;
  }
  const ranks = new Float64Array(values.length).fill(NaN);
  rankInto(keys, index, n, ranks);
  return ranks;
}

/**
 * Writes into `ranks[index[k]]` the average rank (1-based, ties averaged) of
 * `keys[k]` among `keys[0..n)`. Sorts `keys` and `index` in place together
 * (quicksort with insertion sort for short runs), so no allocation: the event-study
 * engine calls it once per event.
 *
 * @param keys values to rank (no NaN); reordered in place
 * @param index where each key's rank goes; reordered with `keys`
 * @param n number of keys
 * @param ranks output, indexed by `index` values
 * @example
 * const ranks = new Float64Array(3); rankInto(Float64Array.of(5, 1, 5), Int32Array.of(0, 1, 2), 3, ranks); // ranks => [2.5, 1, 2.5]
 */
export function rankInto(keys: Float64Array, index: Int32Array, n: number, ranks: Float64Array): void {
  sortTogether(keys, index, 0, n - 1);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && keys[end] === keys[start]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[index[k]] = rank;
    start = end;
  }
}

function sortTogether(keys: Float64Array, index: Int32Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    // Median-of-three pivot, Hoare partition.
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < keys[lo]) swap(keys, index, mid, lo);
    if (keys[hi] < keys[lo]) swap(keys, index, hi, lo);
    if (keys[hi] < keys[mid]) swap(keys, index, hi, mid);
    const pivot = keys[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (keys[i] < pivot) i++;
      while (keys[j] > pivot) j--;
      if (i <= j) swap(keys, index, i++, j--);
    }
    // Recurse into the smaller side, loop on the larger (bounded stack depth).
    if (j - lo < hi - i) {
      sortTogether(keys, index, lo, j);
      lo = i;
    } else {
      sortTogether(keys, index, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const key = keys[i];
    const id = index[i];
    let j = i - 1;
    while (j >= lo && keys[j] > key) {
      keys[j + 1] = keys[j];
      index[j + 1] = index[j];
      j--;
    }
    keys[j + 1] = key;
    index[j + 1] = id;
  }
}

function swap(keys: Float64Array, index: Int32Array, a: number, b: number): void {
  const k = keys[a];
  keys[a] = keys[b];
  keys[b] = k;
  const i = index[a];
  index[a] = index[b];
  index[b] = i;
}
