// Where the database is. Shared by the app, the scripts and the tests; imports nothing server-only.
export type Provider = 'sqlite' | 'postgresql';

/** The embedded default: a SQLite file in the gitignored data folder. */
export const DEFAULT_DATABASE_URL = 'file:./data/portal.db';

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  if (url.startsWith('file:') || url === ':memory:') return 'sqlite';
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url}"`);
}

/** `file:./data/portal.db` -> `./data/portal.db` (relative to the working directory). */
export function sqliteFilePath(url: string): string {
  return url === ':memory:' ? url : url.replace(/^file:/, '').replace(/\?.*$/, '');
}
