// Titles, excerpts, captions and names were stored with whatever bidi controls were typed or
// imported (a U+202E override showed «(RLO spoof) exe.png» reversed in headlines). Forms and the
// importer now remove them, as comments always did; this removes them from what is stored.
import { neutralizeText } from '../../../lib/text/unicode-controls';
import type { Sql } from './sql';

const BATCH = 500;
const COLUMNS: Record<string, string[]> = {
  Article: ['title', 'excerpt', 'sourceLine', 'coverAlt', 'coverCaption'],
  ArticleRevision: ['title', 'excerpt'],
  Category: ['name', 'description'],
  Tag: ['name'],
  User: ['name'],
  Page: ['title'],
};

export async function removeReaderTextControls(sql: Sql): Promise<number> {
  let changed = 0;
  for (const [table, columns] of Object.entries(COLUMNS)) {
    const list = columns.map((c) => `"${c}"`).join(', ');
    let after = 0;
    for (;;) {
      const rows = await sql.all<Record<string, string | number>>(`SELECT "id", ${list} FROM "${table}" WHERE "id" > ? ORDER BY "id" LIMIT ${BATCH}`, [after]);
      if (!rows.length) break;
      after = Number(rows.at(-1)!.id);
      for (const row of rows) {
        const dirty = columns.filter((c) => typeof row[c] === 'string' && neutralizeText(row[c]) !== row[c]);
        if (!dirty.length) continue;
        await sql.run(`UPDATE "${table}" SET ${dirty.map((c) => `"${c}" = ?`).join(', ')} WHERE "id" = ?`, [
          ...dirty.map((c) => neutralizeText(String(row[c]))),
          row.id,
        ]);
        changed++;
      }
    }
  }
  return changed;
}
