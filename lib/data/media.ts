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

const librarySelect = { id: true, key: true, width: true, height: true, alt: true, caption: true, credit: true, originalName: true, byteSize: true, createdAt: true, uploadedById: true } as const;

/** The library, newest first, searchable by alt text, caption, credit or file name. */
export async function listMedia(q: string, take: number, skip = 0) {
  const where = q
    ? { OR: [{ alt: { contains: q } }, { caption: { contains: q } }, { credit: { contains: q } }, { originalName: { contains: q } }] }
    : {};
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.media.findMany({ where, orderBy: { id: 'desc' }, take, skip, select: librarySelect }),
    db.media.count({ where }),
  ]);
  return { rows, total };
}

export function insertMedia(data: {
  key: string; originalName: string; mimeType: string; width: number; height: number; byteSize: number; widths: string; placeholder: string;
  alt: string; caption: string; credit: string; uploadedById: number;
}) {
  return getDb().media.create({ data, select: librarySelect });
}

export function findMedia(id: number) {
  return getDb().media.findUnique({ where: { id }, select: librarySelect });
}

export function updateMediaText(id: number, data: { alt: string; caption: string; credit: string }) {
  return getDb().media.update({ where: { id }, data, select: librarySelect });
}

/** How many articles show this image (as cover or in their text) and how many staff use it as avatar. */
export async function mediaUsage(id: number, key: string) {
  const db = getDb();
  const [covers, inBody, avatars] = await Promise.all([
    db.article.count({ where: { coverId: id } }),
    db.article.count({ where: { body: { contains: `/media/${key})` } } }),
    db.user.count({ where: { avatarId: id } }),
  ]);
  return covers + inBody + avatars;
}

export function deleteMediaRow(id: number) {
  return getDb().media.delete({ where: { id } });
}
