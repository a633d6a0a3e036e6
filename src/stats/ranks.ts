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
  const n = values.length;
  const ranks = new Float64Array(n).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) order.push(i);
  order.sort((i, j) => values[i] - values[j]);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}
