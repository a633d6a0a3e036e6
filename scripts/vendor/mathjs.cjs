// Stands in for mathjs inside the bundled danfojs, which calls only mean, median, mode,
// std and variance on arrays of numbers. Loading all of mathjs 9 (it builds ~1,000
// typed functions at start) took about 1 s of danfojs's 1.5 s load; these follow
// mathjs's definitions (variance and std unbiased, n − 1; mode as an array in order of
// first appearance; the same errors for empty or NaN input).
'use strict';

function values(array, name) {
  const list = (Array.isArray(array) ? array : Array.from(array?.valueOf?.() ?? [])).flat(Infinity);
  if (list.length === 0) throw new Error(`Cannot calculate ${name} of an empty array`);
  return list;
}

function noNaN(list, name) {
  for (const value of list) if (typeof value === 'number' && Number.isNaN(value)) throw new Error(`Cannot calculate ${name} of an array containing NaN values`);
  return list;
}

function mean(array) {
  const list = values(array, 'mean');
  let sum = 0;
  for (const value of list) sum += value;
  return sum / list.length;
}

function median(array) {
  const list = noNaN(values(array, 'median'), 'median').slice().sort((a, b) => a - b);
  const mid = list.length >> 1;
  return list.length % 2 === 1 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
}

function mode(array) {
  const list = noNaN(values(array, 'mode'), 'mode');
  const count = new Map();
  let modes = [];
  let max = 0;
  for (const value of list) {
    const key = String(value);
    const seen = (count.get(key) ?? 0) + 1;
    count.set(key, seen);
    if (seen === max) modes.push(value);
    else if (seen > max) {
      max = seen;
      modes = [value];
    }
  }
  return modes;
}

function variance(array, normalization = 'unbiased') {
  const list = values(array, 'variance');
  const average = mean(list);
  let sum = 0;
  for (const value of list) sum += (value - average) * (value - average);
  if (Number.isNaN(sum)) return sum;
  if (normalization === 'uncorrected') return sum / list.length;
  if (normalization === 'biased') return sum / (list.length + 1);
  if (normalization !== 'unbiased') throw new Error(`Unknown normalization "${normalization}". Choose "unbiased" (default), "uncorrected", or "biased".`);
  return list.length === 1 ? 0 : sum / (list.length - 1);
}

function std(array, normalization) {
  return Math.sqrt(variance(array, normalization));
}

module.exports = { mean, median, mode, std, variance };
