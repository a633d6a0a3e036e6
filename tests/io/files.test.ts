import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes, InputError, markAsInput, MANIFEST_NAME, openOutputFolder, parseByteSize, readBoundedFile, writeFileAtomic } from 'market-reaction';

const dir = mkdtempSync(join(tmpdir(), 'mr-files-'));

describe('readBoundedFile', () => {
  it('refuses devices, directories and files over the limit before reading them', () => {
    expect(() => readBoundedFile('/dev/zero', { what: 'article' })).toThrow('/dev/zero: is a device, not an article');
    expect(() => readBoundedFile(dir, { what: 'article' })).toThrow(/is a directory; expected an article/);
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(3000));
    expect(() => readBoundedFile(big, { what: 'article', maxBytes: 2048 })).toThrow(`${big}: article is 2.9 kB, larger than the 2 kB limit (raise it with --max-size)`);
    expect(readBoundedFile(big, { maxBytes: 3000 }).length).toBe(3000);
  });

  it('parses and prints sizes in powers of 1024', () => {
    expect(parseByteSize('100MB')).toBe(104857600);
    expect(parseByteSize('1.5k')).toBe(1536);
    expect(parseByteSize('lots')).toBeUndefined();
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const path = join(dir, 'a', 'b.txt');
    writeFileAtomic(path, 'one');
    writeFileAtomic(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'a'))).toEqual(['b.txt']);
  });

  it('never replaces an input of this run', () => {
    const input = join(dir, 'input.txt');
    writeFileSync(input, 'article');
    markAsInput(input);
    expect(() => writeFileAtomic(input, 'facts')).toThrow(InputError);
    expect(readFileSync(input, 'utf8')).toBe('article');
  });

  it('an input deleted since it was read no longer blocks the file now holding its inode number', () => {
    // In a long-lived process (a notebook kernel, the test runner) a deleted input's inode number is given to new
    // files; a hard link stands in for that reuse here: same device and inode, the input's own path gone.
    const input = join(dir, 'gone.txt');
    const reuse = join(dir, 'reuse.txt');
    writeFileSync(input, 'article');
    markAsInput(input);
    linkSync(input, reuse);
    expect(() => writeFileAtomic(reuse, 'facts')).toThrow(InputError); // the input is still there under its name
    unlinkSync(input);
    writeFileAtomic(reuse, 'facts');
    expect(readFileSync(reuse, 'utf8')).toBe('facts');
  });

  it('names the problem in plain words when the folder cannot be made', () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'x');
    expect(() => writeFileAtomic(join(blocker, 'x.svg'), 'svg')).toThrow(`${join(blocker, 'x.svg')}: cannot write (a folder on the path is an existing file)`);
  });
});

describe('openOutputFolder', () => {
  it('refuses a foreign non-empty folder unless forced, and never deletes the user files', () => {
    const out = join(dir, 'user');
    mkdirSync(out);
    writeFileSync(join(out, 'moves.csv'), 'mine');
    expect(() => openOutputFolder(out)).toThrow(/holds 1 file\(s\) not written by market-reaction/);
    const forced = openOutputFolder(out, { force: true });
    forced.write('other.csv', 'ours');
    expect(forced.commit()).toEqual([]);
    expect(readFileSync(join(out, 'moves.csv'), 'utf8')).toBe('mine');
  });

  it('removes the files of its previous run that this run did not write', () => {
    const out = join(dir, 'ours');
    const first = openOutputFolder(out, { command: 'first' });
    first.write('moves.csv', '1');
    first.write('conversion.svg', '<svg/>');
    first.commit();
    const second = openOutputFolder(out, { command: 'second' });
    second.write('moves.csv', '2');
    expect(second.commit()).toEqual(['conversion.svg']);
    expect(existsSync(join(out, 'conversion.svg'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8'))).toMatchObject({ generator: 'market-reaction', command: 'second', files: ['moves.csv'] });
  });

  it('a tampered manifest cannot make it delete outside the folder', () => {
    const out = join(dir, 'tampered');
    mkdirSync(out);
    writeFileSync(join(dir, 'victim.txt'), 'keep');
    writeFileSync(join(out, MANIFEST_NAME), JSON.stringify({ generator: 'market-reaction', files: ['../victim.txt'] }));
    openOutputFolder(out).commit();
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('keep');
  });
});
