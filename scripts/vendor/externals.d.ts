// Minimal stand-ins for the types danfojs's declarations import from other packages
// (table, plotly.js-dist-min, node-fetch, papaparse, xlsx, request, node:stream), so the
// bundled declarations check on their own in any project: no @types/node, no DOM lib,
// with or without skipLibCheck.
export type BaseUserConfig = Record<string, unknown>;
export type TableUserConfig = Record<string, unknown>;
export type Config = Record<string, unknown>;
export type Layout = Record<string, unknown>;
export type HeadersInit = Record<string, string> | [string, string][];
export type ParseConfig = Record<string, unknown>;
export type ParsingOptions = Record<string, unknown>;
export type WritingOptions = Record<string, unknown>;
export declare namespace request {
  type RequiredUriUrl = { uri: string } | { url: string };
  type CoreOptions = Record<string, unknown>;
}
export declare namespace stream {
  interface Readable {
    pipe<T>(destination: T, options?: { end?: boolean }): T;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  interface Transform extends Readable {
    write(chunk: unknown, callback?: (error?: Error | null) => void): boolean;
  }
}
