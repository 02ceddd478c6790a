import 'server-only';
import { getDb } from '@/lib/db';

export type MediaSize = { id: number; key: string; width: number; height: number; placeholder: string; alt: string; credit: string };

/** Sizes of the library images an article body shows, by id (for layout without shifts). */
export async function findMediaByIds(ids: number[]): Promise<Record<number, MediaSize>> {
  if (!ids.length) return {};
  const rows = await getDb().media.findMany({
    where: { id: { in: ids } },
    select: { id: true, key: true, width: true, height: true, placeholder: true, alt: true, credit: true },
  });
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}

const librarySelect = {
  id: true,
  key: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  originalName: true,
  byteSize: true,
  createdAt: true,
  uploadedById: true,
} as const;

/** The library, newest first, searchable by alt text, caption, credit or file name. */
export async function listMedia(q: string, take: number, skip = 0) {
  const where = q ? { OR: [{ alt: { contains: q } }, { caption: { contains: q } }, { credit: { contains: q } }, { originalName: { contains: q } }] } : {};
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.media.findMany({ where, orderBy: { id: 'desc' }, take, skip, select: librarySelect }),
    db.media.count({ where }),
  ]);
  return { rows, total };
}

export function insertMedia(data: {
  key: string;
  originalName: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  widths: string;
  placeholder: string;
  alt: string;
  caption: string;
  credit: string;
  uploadedById: number | null;
}) {
  return getDb().media.create({ data, select: librarySelect });
}

export function findMedia(id: number) {
  return getDb().media.findUnique({ where: { id }, select: librarySelect });
}

/** False when the image is gone (deleted since the form was opened). */
export async function updateMediaText(id: number, data: { alt: string; caption: string; credit: string }) {
  return (await getDb().media.updateMany({ where: { id }, data })).count > 0;
}

/** How many articles show this image (as cover or in their text) and how many staff use it as avatar. */
export async function mediaUsage(id: number) {
  const db = getDb();
  const [covers, inBody, avatars] = await Promise.all([
    db.article.count({ where: { coverId: id } }),
    // Stored documents write a figure's attributes in the schema's order: `"mediaId":12,"alt":…`.
    db.article.count({ where: { body: { contains: `"mediaId":${id},` } } }),
    db.user.count({ where: { avatarId: id } }),
  ]);
  return covers + inBody + avatars;
}

/** False when another request deleted it first. */
export async function deleteMediaRow(id: number) {
  return (await getDb().media.deleteMany({ where: { id } })).count > 0;
}

/** Library images by id (the editor's figures), in the order asked. */
export async function listMediaByIds(ids: number[]) {
  const rows = await getDb().media.findMany({ where: { id: { in: ids } }, select: librarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
