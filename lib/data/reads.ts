import 'server-only';
import { getDb } from '@/lib/db';

/** Adds counted reads: the article's total and its count for the day. Unknown or unpublished ids are ignored. */
export async function recordReads(day: string, counts: Map<number, number>) {
  const db = getDb();
  for (const [articleId, n] of counts) {
    await db.$transaction(async (tx) => {
      const updated = await tx.article.updateMany({ where: { id: articleId, status: 'PUBLISHED' }, data: { readCount: { increment: n } } });
      if (!updated.count) return;
      await tx.articleDailyReads.upsert({
        where: { articleId_day: { articleId, day } },
        create: { articleId, day, count: n },
        update: { count: { increment: n } },
      });
    });
  }
}
