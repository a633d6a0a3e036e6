import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parseJsonFile, readArticleFile, readTextFile } from 'market-reaction';

const tmp = mkdtempSync(join(tmpdir(), 'mr-read-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('readArticleFile', () => {
  it('reads the seed article', () => {
    expect(readArticleFile(join(__dirname, '..', '..', 'seeds', '000_fbcb48a8abd69ce1.txt')).split('\n')[0]).toBe(
      'Japan Allows Further Exports of High-Tech Material to S.Korea',
    );
  });

  it('drops a byte-order mark', () => {
    expect(readArticleFile(file('bom.txt', '\ufeffKOSPI rose 1%.'))).toBe('KOSPI rose 1%.');
  });

  it('reads UTF-16 files saved with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('KOSPI +1.05% ₩', 'utf16le')]);
    expect(readArticleFile(file('utf16le.txt', le))).toBe('KOSPI +1.05% ₩');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(readArticleFile(file('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe('KOSPI +1.05% ₩');
  });

  const dir = join(tmp, 'a-folder');
  mkdirSync(dir);
  it.each([
    ['a missing file', join(tmp, 'nope.txt'), 'nope.txt: article not found'],
    ['a directory', dir, 'a-folder: is a directory; expected an article (a UTF-8 text file)'],
    ['an empty file', file('empty.txt', ''), 'empty.txt: article is empty'],
    ['a whitespace-only file', file('blank.txt', ' \n\t\n'), 'blank.txt: article is empty (only whitespace)'],
    ['a binary file', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), 'image.png: article is binary (NUL byte at offset 4); expected UTF-8 text'],
    ['invalid UTF-8', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31])), 'latin1.txt: article is not valid UTF-8 text'],
  ])('refuses %s, naming the file', (_, path, message) => {
    expect(() => readArticleFile(path)).toThrow(InputError);
    expect(() => readArticleFile(path)).toThrow(message);
  });

  it('sets the file on the error', () => {
    try {
      readTextFile(join(tmp, 'nope.json'), 'facts file');
    } catch (error) {
      expect((error as InputError).file).toBe(join(tmp, 'nope.json'));
      expect((error as InputError).message).toMatch(/nope\.json: facts file not found$/);
    }
  });
});

describe('parseJsonFile', () => {
  it('parses JSON and reports syntax errors with the line', () => {
    expect(parseJsonFile('{"a": [1, 2]}', 'x.json')).toEqual({ a: [1, 2] });
    expect(() => parseJsonFile('{\n  "a": 1,\n  oops\n}', 'x.json')).toThrow(/^x\.json:3: invalid JSON/);
  });
});

describe('readTextFile: UTF-8 validation and decoding', () => {
  /** What a fatal TextDecoder gives (the reader's former decoding): the text without up to two byte-order marks, or undefined for invalid UTF-8. */
  function reference(bytes: Buffer): string | undefined {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  it('accepts and decodes exactly what a fatal TextDecoder does (random bytes around the edges of UTF-8)', () => {
    let state = 2026;
    const u = () => (state = (state * 48271) % 2147483647) / 2147483647;
    // Pieces: ASCII, 2-, 3- and 4-byte characters, byte-order marks, and invalid sequences (overlong, surrogate, > U+10FFFF, lone continuation, truncated).
    const pieces = ['a', 'x1', '₩', 'é', '𝄞', '\ufeff', 'r̄'].map((t) => Buffer.from(t)).concat([[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82], [0xff]].map((b) => Buffer.from(b)));
    let invalid = 0;
    for (let k = 0; k < 400; k++) {
      const parts = Array.from({ length: 1 + Math.floor(u() * 6) }, () => pieces[Math.floor(u() * (k % 2 ? 7 : pieces.length))]);
      const bytes = Buffer.concat([Buffer.from('p'), ...parts]);
      const path = file(`utf8-${k}.txt`, k % 5 === 0 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), bytes]) : bytes);
      const expected = reference(k % 5 === 0 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), bytes]) : bytes);
      if (expected === undefined) {
        invalid++;
        expect(() => readTextFile(path, 'events file')).toThrow(`${path}: events file is not valid UTF-8 text`);
      } else expect(readTextFile(path, 'events file')).toBe(expected);
    }
    expect(invalid).toBeGreaterThan(50);
  });
});
