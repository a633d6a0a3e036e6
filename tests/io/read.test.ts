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
