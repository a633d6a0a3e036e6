/**
 * The output-folder policy of every command that writes several files (`analyze --out DIR`):
 * a folder is ours when it holds our manifest; we write only into an empty folder or one of
 * ours (unless forced), each file atomically, and on success remove the files of ours that this
 * run did not write again, so a folder never mixes two articles' tables.
 */
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors';
import { describeFsError, writeFileAtomic } from './files';
import { openFileSink, type TextSink } from './stream';

/** The manifest file listing what market-reaction wrote into a folder. */
export const MANIFEST_NAME = 'market-reaction-manifest.json';

interface Manifest {
  generator: 'market-reaction';
  /** What wrote the folder, e.g. "analyze story.txt". */
  command?: string;
  /** File names (no folders) written by us, in the order written. */
  files: string[];
}

/** Options of {@link openOutputFolder}. */
export interface OutputFolderOptions {
  /** Write into a non-empty folder that has no manifest of ours (same-named files are replaced; others are left alone). [force=false] */
  force?: boolean;
  /** Recorded in the manifest, e.g. "analyze story.txt". */
  command?: string;
}

/** A folder being written: see {@link openOutputFolder}. */
export interface OutputFolder {
  /** The folder. */
  readonly dir: string;
  /** Writes `name` (a plain file name) atomically and records it; returns its path. */
  write(name: string, data: string | Uint8Array): string;
  /** Opens `name` for streamed writing (a file too large to hold as one string): it appears, complete, and is recorded on `close()`. */
  stream(name: string): TextSink;
  /** Names written so far. */
  readonly written: readonly string[];
  /** Finishes: writes the manifest and removes files of a previous run of ours not written this time; returns the stale names removed. */
  commit(): string[];
}

/**
 * Opens `dir` for writing under the output-folder policy:
 * - a missing or empty folder is created / used;
 * - a folder with our manifest is ours: on {@link OutputFolder.commit} the files the previous run
 *   wrote and this one did not are removed (stale tables, charts of moves no longer there);
 * - any other non-empty folder is refused (the user's own `moves.csv` is never replaced) unless
 *   `force`, which writes our files beside the user's and removes nothing of theirs.
 * Each file is written atomically (temporary file + rename); the manifest is updated after each
 * file, so an interrupted run still leaves a folder whose every file of ours is listed.
 *
 * @param dir the output folder
 * @param options `force`, and the command recorded in the manifest
 * @throws {InputError} for a non-empty folder that is not ours, a path that is a file, an unreadable folder
 * @example
 * const out = openOutputFolder('out', { command: 'analyze story.txt' });
 * out.write('moves.csv', 'a,b\n');
 * out.commit(); // => [] (names of stale files removed)
 */
export function openOutputFolder(dir: string, options: OutputFolderOptions = {}): OutputFolder {
  const previous = existingManifest(dir, options.force ?? false);
  const written: string[] = [];
  const manifest = (files: string[]): string => `${JSON.stringify({ generator: 'market-reaction', command: options.command, files } satisfies Manifest, null, 2)}\n`;
  const checkName = (name: string): string => {
    if (!/^[^/\\]+$/.test(name) || name === '.' || name === '..' || name === MANIFEST_NAME) throw new InputError(`invalid output file name "${name}"`, { file: dir });
    return name;
  };
  const record = (name: string): void => {
    if (!written.includes(name)) written.push(name);
    // Until commit, the manifest lists the previous files and the new ones: all of them are ours.
    writeFileAtomic(join(dir, MANIFEST_NAME), manifest([...new Set([...previous, ...written])]));
  };
  return {
    dir,
    written,
    write(name: string, data: string | Uint8Array): string {
      const path = join(dir, checkName(name));
      writeFileAtomic(path, data);
      record(name);
      return path;
    },
    stream(name: string): TextSink {
      const sink = openFileSink(join(dir, checkName(name)));
      return {
        write: (text) => sink.write(text),
        writeBytes: (bytes) => sink.writeBytes!(bytes),
        close() {
          sink.close();
          record(name);
        },
        abort: () => sink.abort(),
      };
    },
    commit(): string[] {
      writeFileAtomic(join(dir, MANIFEST_NAME), manifest(written));
      const stale = previous.filter((name) => !written.includes(name));
      for (const name of stale) {
        try {
          unlinkSync(join(dir, name));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(`cannot remove the stale output file (${describeFsError(error)})`, { file: join(dir, name) });
        }
      }
      return stale;
    },
  };
}

/** The files our manifest in `dir` lists; [] for a missing or empty folder; refuses a foreign non-empty one. */
function existingManifest(dir: string, force: boolean): string[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError('is a file; --out needs a folder', { file: dir });
    entries = readdirSync(dir);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new InputError(`cannot use the output folder (${describeFsError(error)})`, { file: dir });
  }
  if (entries.includes(MANIFEST_NAME)) {
    try {
      const data = JSON.parse(readFileSync(join(dir, MANIFEST_NAME), 'utf8')) as Partial<Manifest>;
      if (data.generator === 'market-reaction' && Array.isArray(data.files)) {
        // Only plain names inside the folder: a tampered manifest cannot make us delete elsewhere.
        return data.files.filter((f): f is string => typeof f === 'string' && /^[^/\\]+$/.test(f) && f !== '.' && f !== '..' && f !== MANIFEST_NAME);
      }
    } catch {
      // unreadable manifest: treated as a foreign folder below
    }
  }
  const visible = entries.filter((e) => !/^\..*\.tmp$/.test(e));
  if (visible.length > 0 && !force) {
    throw new InputError(
      `the output folder holds ${visible.length} file(s) not written by market-reaction (e.g. ${visible[0]}); choose an empty or new folder, or pass --force to write beside them`,
      { file: dir },
    );
  }
  return [];
}
