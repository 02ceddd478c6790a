import 'server-only';
import { getDb } from '@/lib/db';

/** "new" for an article not saved yet, else its id: one autosave per editor and article. */
export const autosaveSlot = (articleId: number | null) => (articleId ? String(articleId) : 'new');

/** Keeps the latest unsaved work of one editor on one article (never the article itself). */
export async function storeAutosave(userId: number, articleId: number | null, baseVersion: number, content: string, now = new Date()) {
  const slot = autosaveSlot(articleId);
  await getDb().articleAutosave.upsert({
    where: { userId_slot: { userId, slot } },
    create: { userId, slot, articleId, baseVersion, content, savedAt: now },
    update: { baseVersion, content, savedAt: now },
  });
  return now;
}

export function findAutosave(userId: number, articleId: number | null) {
  return getDb().articleAutosave.findUnique({
    where: { userId_slot: { userId, slot: autosaveSlot(articleId) } },
    select: { baseVersion: true, content: true, savedAt: true },
  });
}

export async function deleteAutosave(userId: number, articleId: number | null) {
  await getDb().articleAutosave.deleteMany({ where: { userId, slot: autosaveSlot(articleId) } });
}
