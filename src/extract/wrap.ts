/**
 * Hard-wrapped text: which line breaks are only spaces. Articles pasted from e-mail, PDFs and wire feeds are
 * often wrapped at ~65-80 characters ("rose 2 \npercent", "JP \nMorgan"); inside such a paragraph a line break
 * is where the wrapper ran out of room, not where a sentence ends. The sentence splitter (tokenize.ts) asks this
 * module once per text and treats the breaks it returns as spaces; the text itself is never rewritten, so quotes
 * and offsets stay those of the original.
 *
 * A paragraph is a run of non-blank lines (a blank line, or U+2029, ends it). It is hard-wrapped when the
 * evidence says so, never from one line alone:
 * - its lines are of a wrap width (median length of the lines that do not end it from {@link MIN_WRAP_WIDTH} to
 *   {@link MAX_WRAP_WIDTH} characters), and
 * - at least a third of its breaks that do not follow sentence-final punctuation, and at least one, show that
 *   the sentence goes on: the next line starts lower-case ("kicks \noff", "2 \npercent"), or the line ends with a
 *   comma or a word that cannot end a sentence ("of", "the", "and").
 *
 * Inside a hard-wrapped paragraph every break is a space except one that
 * - follows ".", "!" or "?" (with closing quotes or brackets), unless the period ends an abbreviation ("Inc.");
 * - ends a byline ("By Steve James") or precedes a dateline ("NEW YORK (Reuters) -");
 * - touches a table-like line (a tab, or three spaces between words) or precedes a list item ("- ", "* ", "1. ");
 * - ends a line much shorter than the paragraph's wrap width (under {@link SHORT_LINE_SHARE} of it) before a line
 *   that starts upper-case: a heading without a full stop, or a paragraph's last line;
 * - ends the text's first line, when it holds no dateline, before an upper-case letter when nothing says the
 *   sentence goes on (a headline of any length; a first line cut inside a name, "JP \nMorgan", keeps its break).
 * Text without hard-wrapped paragraphs (one paragraph per line, lists, tables, headlines) keeps every break.
 */
import { isAbbreviationDot } from './abbreviation';

/** Longest typical line of a hard-wrapped paragraph, in characters (e-mail wraps at 65-78, PDFs at up to ~110). */
export const MAX_WRAP_WIDTH = 120;

/** Shortest typical line of a hard-wrapped paragraph (narrow newspaper columns run ~35): shorter lines are a list. */
export const MIN_WRAP_WIDTH = 30;

/** A line shorter than this share of the wrap width, before an upper-case start, ends there (heading, last line). */
export const SHORT_LINE_SHARE = 0.7;

/** Words that cannot end an English sentence: a line ending with one continues on the next. */
const CONTINUING_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'as', 'and', 'or', 'but', 'nor', 'than',
  'that', 'which', 'who', 'whose', 'its', 'their', 'his', 'her', 'our', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'into', 'onto', 'over', 'under', 'about',
  'after', 'before', 'between', 'against', 'per', 'some', 'this', 'these', 'those', 'said', 'says', 'its',
]);

/** "NEW YORK  (Reuters) -", "LONDON, March 3 (Reuters) -": a dateline opening a story. */
const DATELINE = /^[A-Z][A-Z.'\- ]{1,30}(?:,[^(\n]{0,30})?\s*\([A-Za-z .-]{2,30}\)\s*[-\u2013\u2014]/;
/** "By Steve James", "By  Poornima Gupta": a byline. */
const BYLINE = /^By\s+\p{Lu}[\p{L}.'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'-]*){0,5}$/u;
/** A tab, or three spaces between two non-space characters: a table row. */
const TABLE_ROW = /\S(?:\t| {3,})\S/;
/** "- item", "* item", "• item", "1. item", "2) item": a list item. */
const LIST_ITEM = /^(?:[-*\u2022\u25aa\u2013]\s|\d{1,2}[.)]\s)/;
/** Sentence-final punctuation at the end of a line, with any closing quotes or brackets after it (test a line's tail). */
const SENTENCE_FINAL = /[.!?]["'\u201d\u2019)\]]*$/;

/** How much of a line's end the end-of-line patterns read: enough for any word or run of closing quotes that matters. */
const TAIL_CHARS = 32;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset after its last character (before the break). */
  end: number;
  /** Offsets of the break's characters after the line (CR and LF of a CRLF), none after the last line. */
  breaks: number[];
  /** The line without leading and trailing white space. */
  trimmed: string;
  /** Offset of the line's last non-space character. */
  last: number;
}

/**
 * The offsets of the line-break characters of `text` that are spaces of a hard-wrapped paragraph, or `undefined`
 * when there are none (text without line breaks is answered without a scan).
 *
 * @param text - article text (any string).
 * @example
 * softLineBreaks('Alcoa Inc. kicks \noff the new earnings season, \nBear Stearns said.'); // => Set { 17, 47 }
 * softLineBreaks('Shares rose.\nOil fell.'); // => undefined
 */
export function softLineBreaks(text: string): Set<number> | undefined {
  if (!/[\n\r\u2028]/.test(text)) return undefined;
  let soft: Set<number> | undefined;
  let paragraph: Line[] = [];
  let first = true;
  const close = () => {
    if (paragraph.length > 1) for (const at of softBreaksOf(text, paragraph, first)) (soft ??= new Set()).add(at);
    if (paragraph.length > 0) first = false;
    paragraph = [];
  };
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code !== -1 && code !== 10 && code !== 13 && code !== 0x2028 && code !== 0x2029) continue;
    const trimmed = text.slice(start, i).trim();
    const line: Line = { start, end: i, breaks: [], trimmed, last: start + text.slice(start, i).trimEnd().length - 1 };
    if (code === 13 && text.charCodeAt(i + 1) === 10) {
      line.breaks.push(i, i + 1);
      i += 1;
    } else if (code !== -1) line.breaks.push(i);
    start = i + 1;
    if (line.trimmed === '') {
      close();
      continue;
    }
    paragraph.push(line);
    if (code === 0x2029) close();
  }
  close();
  return soft;
}

/** The soft break offsets of one paragraph of two or more non-blank lines; `first`: the text's first paragraph. */
function softBreaksOf(text: string, lines: Line[], first: boolean): number[] {
  const inner = lines.slice(0, -1);
  const width = median(inner.map((line) => line.trimmed.length));
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return [];
  let open = 0;
  let goesOn = 0;
  for (let k = 0; k < inner.length; k += 1) {
    if (SENTENCE_FINAL.test(inner[k].trimmed.slice(-TAIL_CHARS))) continue;
    open += 1;
    if (sentenceGoesOn(inner[k].trimmed, lines[k + 1].trimmed)) goesOn += 1;
  }
  if (goesOn === 0 || goesOn * 3 < open) return [];
  const soft: number[] = [];
  for (let k = 0; k < inner.length; k += 1) {
    // the text's first line before an upper-case start, with nothing saying the sentence goes on: its headline
    if (first && k === 0 && isHeadline(inner[0].trimmed, lines[1].trimmed)) continue;
    if (isSpaceBreak(text, inner[k], lines[k + 1].trimmed, width)) soft.push(...inner[k].breaks);
  }
  return soft;
}

/** The break between these two lines is inside a sentence for certain: lower-case start, or a line that cannot end. */
function sentenceGoesOn(line: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return true;
  if (/[,(&$\u20ac\u00a3]$/.test(line)) return true;
  // the last word, read from the line's tail only (a lower-case run ending in a digit is never rescanned from each letter)
  const tail = line.slice(-TAIL_CHARS);
  const last = /(\p{Ll}+)$/u.exec(tail);
  if (last === null || !CONTINUING_WORDS.has(last[1])) return false;
  return last[1].length === line.length || (last[1].length < tail.length && !/[\p{L}\p{N}'.-]/u.test(tail[tail.length - last[1].length - 1]));
}

/** The text's first line is its headline: no dateline in it, an upper-case letter after it, nothing saying it goes on. */
function isHeadline(line: string, next: string): boolean {
  return !DATELINE.test(line) && /^\p{Lu}/u.test(next) && !SENTENCE_FINAL.test(line.slice(-TAIL_CHARS)) && !sentenceGoesOn(line, next);
}

/** Whether the break after `line` (before `next`) is a space in a hard-wrapped paragraph of this wrap width. */
function isSpaceBreak(text: string, at: Line, next: string, width: number): boolean {
  const line = at.trimmed;
  if (SENTENCE_FINAL.test(line.slice(-TAIL_CHARS)) && !(text.charCodeAt(at.last) === 46 && isAbbreviationDot(text, at.last))) return false;
  if (BYLINE.test(line) || DATELINE.test(next)) return false;
  if (TABLE_ROW.test(line) || TABLE_ROW.test(next) || LIST_ITEM.test(next)) return false;
  if (sentenceGoesOn(line, next)) return true;
  return line.length >= SHORT_LINE_SHARE * width;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
