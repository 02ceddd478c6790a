// npm run db:backup [-- --out backups/]: a consistent copy of DATABASE_URL while the site runs.
//   SQLite: VACUUM INTO, a consistent snapshot taken in one read transaction while readers and
//           writers carry on (the page-by-page backup API restarts at every write and may never
//           finish on a busy site), checked with integrity_check → backups/portal-<time>.db
//   PostgreSQL: pg_dump in its custom format → backups/portal-<time>.dump
// npm run db:restore -- <file>: puts a backup back (stop the servers first).
//   SQLite: copies it over the database file, after checking it.
//   PostgreSQL: pg_restore --clean into DATABASE_URL.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { databaseUrl, providerOf, sqliteFilePath } from '../../lib/db-url';
import { loadDotEnv } from '../lib/env';

export async function backup(url: string, outDir: string): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (providerOf(url) === 'sqlite') {
    const target = path.join(outDir, `portal-${stamp}.db`);
    const db = new Database(sqliteFilePath(url), { fileMustExist: true, timeout: 5000 });
    try {
      db.prepare('VACUUM INTO ?').run(target);
    } finally {
      db.close();
    }
    checkSqlite(target);
    return target;
  }
  const target = path.join(outDir, `portal-${stamp}.dump`);
  execFileSync('pg_dump', ['--format=custom', '--no-owner', '--file', target, url], { stdio: ['ignore', 'inherit', 'inherit'] });
  return target;
}

export function restore(url: string, file: string) {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  if (providerOf(url) === 'sqlite') {
    checkSqlite(file);
    const target = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // The old write-ahead log belongs to the old file.
    for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    fs.copyFileSync(file, target);
    const db = new Database(target);
    db.pragma('journal_mode = WAL'); // as the migrations set it
    db.close();
    return;
  }
  execFileSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', url, file], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

function checkSqlite(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} fails SQLite's integrity check: ${result}`);
  } finally {
    db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  loadDotEnv();
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string', default: 'backups' }, restore: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const url = databaseUrl();
  if (values.restore) {
    if (!positionals[0]) throw new Error('usage: npm run db:restore -- <backup file>');
    restore(url, positionals[0]);
    console.log(`Restored ${positionals[0]} into ${providerOf(url) === 'sqlite' ? sqliteFilePath(url) : 'the PostgreSQL database'}.`);
  } else {
    console.log(`Backup written to ${await backup(url, values.out)}`);
  }
}
