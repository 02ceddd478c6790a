// Data migrations: rewrites of stored content that a schema migration cannot express, run once
// each, in order, after the schema migrations, and recorded in `_data_migrations` in the same
// transaction as their changes (a failed one leaves nothing half done and runs again next time).
import { convertMarkdownBodies } from './markdown-bodies';
import { removeReaderTextControls } from './reader-text-controls';
import { moveSourceOutlets } from './source-outlets';
import { openSql, type Sql } from './sql';

export const DATA_MIGRATIONS: { name: string; run: (sql: Sql) => Promise<number> }[] = [
  { name: '20261201_markdown_bodies_to_documents', run: convertMarkdownBodies },
  { name: '20261202_reader_text_without_bidi_controls', run: removeReaderTextControls },
  { name: '20261202_source_outlets', run: moveSourceOutlets },
];

/** Applies the pending data migrations; returns their names with how many rows each changed. */
export async function runDataMigrations(url: string): Promise<string[]> {
  const sql = await openSql(url);
  try {
    const done = new Set((await sql.all<{ name: string }>('SELECT "name" FROM "_data_migrations"')).map((r) => r.name));
    const applied: string[] = [];
    for (const migration of DATA_MIGRATIONS) {
      if (done.has(migration.name)) continue;
      const changed = await sql.transaction(async () => {
        const n = await migration.run(sql);
        await sql.run('INSERT INTO "_data_migrations" ("name") VALUES (?)', [migration.name]);
        return n;
      });
      applied.push(`${migration.name} (${changed} rows)`);
    }
    return applied;
  } finally {
    await sql.close();
  }
}
