// Bodies were Markdown before the editor's documents: every article, earlier revision and page
// body that is not a document yet becomes one (lib/content/markdown-document.ts keeps what the
// old pipeline showed). Library images (`![alt](/media/<key>)`) become figures of their media id.
import { autoExcerpt } from '../../../lib/content/auto-excerpt';
import { isDocumentJson, markdownToDocument } from '../../../lib/content/markdown-document';
import type { Sql } from './sql';

const BATCH = 500;

export async function convertMarkdownBodies(sql: Sql): Promise<number> {
  const media = new Map((await sql.all<{ id: number; key: string }>('SELECT "id", "key" FROM "Media"')).map((m) => [m.key, Number(m.id)]));
  const lookup = (key: string) => media.get(key);
  let converted = 0;
  for (const table of ['Article', 'ArticleRevision', 'Page'] as const) {
    let after = 0;
    for (;;) {
      const rows = await sql.all<{ id: number; body: string }>(`SELECT "id", "body" FROM "${table}" WHERE "id" > ? ORDER BY "id" LIMIT ${BATCH}`, [after]);
      if (!rows.length) break;
      after = Number(rows.at(-1)!.id);
      for (const row of rows) {
        if (isDocumentJson(row.body)) continue;
        const doc = markdownToDocument(row.body, lookup);
        if (table === 'Article')
          await sql.run('UPDATE "Article" SET "body" = ?, "autoExcerpt" = ? WHERE "id" = ?', [JSON.stringify(doc), autoExcerpt(doc), row.id]);
        else await sql.run(`UPDATE "${table}" SET "body" = ? WHERE "id" = ?`, [JSON.stringify(doc), row.id]);
        converted++;
      }
    }
  }
  return converted;
}
