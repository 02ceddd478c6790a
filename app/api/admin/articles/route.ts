import { z } from 'zod';
import { idList, staffRead } from '@/lib/api/staff-read';
import { findArticleTitles, searchArticleTitles } from '@/lib/data/article-admin';

const Query = z.object({ q: z.string().trim().max(100).optional().default(''), ids: idList.optional() });

/** Published articles for the «اقرأ أيضاً» picker: a search by headline (`?q=`), or the cards a body shows (`?ids=`). */
export function GET(request: Request) {
  return staffRead(request, 'admin:access', Query, async (_user, { q, ids }) => ({
    items: ids ? await findArticleTitles(ids) : await searchArticleTitles(q, 20),
  }));
}
