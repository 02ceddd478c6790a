import { z } from 'zod';
import { idList, staffRead } from '@/lib/api/staff-read';
import { listMedia, listMediaByIds } from '@/lib/data/media';

const Query = z.object({ q: z.string().trim().max(100).optional().default(''), ids: idList.optional() });

/** The media library for the editor's pickers: a search (`?q=`), or the images a body shows (`?ids=`). */
export function GET(request: Request) {
  return staffRead(request, 'admin:access', Query, async (_user, { q, ids }) => {
    const rows = ids ? await listMediaByIds(ids) : (await listMedia(q, 48)).rows;
    return { items: rows.map(({ id, key, width, height, alt, caption, credit }) => ({ id, key, width, height, alt, caption, credit })) };
  });
}
