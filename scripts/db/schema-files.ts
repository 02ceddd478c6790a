import fs from 'node:fs';
import path from 'node:path';

export const SQLITE_SCHEMA = 'prisma/schema.prisma';
export const POSTGRES_SCHEMA = 'prisma/postgresql/schema.prisma';

const HEADER = '// Generated from prisma/schema.prisma by `npm run db:schema`. Do not edit: change the source and run it again.\n';

/** The PostgreSQL schema is the SQLite one with another provider and client output. */
export function derivePostgresSchema(sqliteSource: string): string {
  const body = sqliteSource
    .replace(/^\/\/ The source of truth[\s\S]*?\n\n/, '')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"');
  return HEADER + body;
}

export function readSchema(file: string, root = process.cwd()): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}
