import { UsageError } from '../errors';

type DuckDBModule = typeof import('@duckdb/node-api');
/** A DuckDB connection (the optional peer dependency's type, kept internal). */
export type DuckConnection = import('@duckdb/node-api').DuckDBConnection;

const INSTALL = 'npm install @duckdb/node-api';

/**
 * Loads DuckDB (`@duckdb/node-api`, an optional peer dependency) on first use: only
 * Parquet panels and the DuckDB engine need it.
 *
 * @param why what needs it, for the message
 * @returns the module
 * @throws {UsageError} one line naming the install command when it is not installed
 */
export function loadDuckDB(why: string): DuckDBModule {
  try {
    return require('@duckdb/node-api') as DuckDBModule;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new UsageError(`${why} needs DuckDB, an optional dependency: run \`${INSTALL}\``);
    throw error;
  }
}

/**
 * Opens an in-memory DuckDB with bounded memory (spilling to a temporary folder beyond it),
 * its session in UTC.
 *
 * @param why what needs it, for the install message
 * @param memoryLimit DuckDB's memory_limit, e.g. '1GB'
 * @returns a connection and a function closing it
 */
export async function openDuckDB(why: string, memoryLimit = '1GB'): Promise<{ connection: DuckConnection; close: () => void }> {
  const { DuckDBInstance } = loadDuckDB(why);
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: memoryLimit, threads: '2' });
  const connection = await instance.connect();
  // Dates from timestamps with time zone are read in UTC, whatever the machine's zone.
  await connection.run("SET TimeZone = 'UTC'");
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A SQL identifier. */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
