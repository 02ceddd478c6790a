// Source lines could only hold what follows the site's name, so editors typed the outlet into them:
// «الناظور24: متابعة» printed as «أزغار اليوم: الناظور24: متابعة». The outlet now has its own field;
// this moves a typed outlet into it, and drops a typed copy of the site's own name.
import type { Sql } from './sql';

const BATCH = 500;

/** «<outlet>: <line>» → its two parts; null when the line names no outlet. */
export function splitSourceLine(line: string): { outlet: string; line: string } | null {
  const match = /^([^:：]{1,80}?)\s*[:：]\s*(\S.*)$/u.exec(line.trim());
  return match ? { outlet: match[1]!.trim(), line: match[2]!.trim() } : null;
}

export async function moveSourceOutlets(sql: Sql): Promise<number> {
  const [settings] = await sql.all<{ siteName: string }>('SELECT "siteName" FROM "SiteSettings"');
  const siteName = settings?.siteName.trim() ?? '';
  let changed = 0;
  let after = 0;
  for (;;) {
    const rows = await sql.all<{ id: number; sourceLine: string }>(
      `SELECT "id", "sourceLine" FROM "Article" WHERE "id" > ? AND "sourceOutlet" = '' ORDER BY "id" LIMIT ${BATCH}`,
      [after],
    );
    if (!rows.length) break;
    after = Number(rows.at(-1)!.id);
    for (const row of rows) {
      const parts = splitSourceLine(row.sourceLine);
      if (!parts) continue;
      const outlet = parts.outlet === siteName ? '' : parts.outlet;
      await sql.run('UPDATE "Article" SET "sourceOutlet" = ?, "sourceLine" = ? WHERE "id" = ?', [outlet, parts.line, row.id]);
      changed++;
    }
  }
  return changed;
}
