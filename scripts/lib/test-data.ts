// Test servers start from nothing: their folder under data/ is emptied first. These checks keep
// a mistyped setting from emptying anything else.
import fs from 'node:fs';
import path from 'node:path';

const DATA_ROOT = path.resolve('data');

/** Empties and recreates a test server's own folder; refuses any folder outside data/. */
export function freshTestDataDir(dir: string) {
  const full = path.resolve(dir);
  if (!full.startsWith(DATA_ROOT + path.sep)) throw new Error(`refusing to empty ${full}: test data lives under ${DATA_ROOT}/`);
  fs.rmSync(full, { recursive: true, force: true });
  fs.mkdirSync(full, { recursive: true });
}

/** The SQLite database a test server may write: a file inside its own data folder, nothing else. */
export function assertTestDatabase(databaseUrl: string, dir: string) {
  const file = databaseUrl.startsWith('file:') ? path.resolve(databaseUrl.slice('file:'.length)) : '';
  if (!file.startsWith(path.resolve(dir) + path.sep))
    throw new Error(`refusing to run the tests on ${databaseUrl}: they write; expected a file inside ${dir}/`);
}
