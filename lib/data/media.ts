import 'server-only';
import { getDb } from '@/lib/db';

export type MediaSize = { key: string; width: number; height: number; placeholder: string; alt: string; caption: string; credit: string };

/** Sizes of the library images an article body embeds, by key (for layout without shifts). */
export async function findMediaByKeys(keys: string[]): Promise<Record<string, MediaSize>> {
  if (!keys.length) return {};
  const rows = await getDb().media.findMany({
    where: { key: { in: keys } },
    select: { key: true, width: true, height: true, placeholder: true, alt: true, caption: true, credit: true },
  });
  return Object.fromEntries(rows.map((r) => [r.key, r]));
}
