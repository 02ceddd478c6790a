import { z } from 'zod';
import { ARTICLE_STATUSES } from './article';

/** The deepest page an admin list opens: past any real archive, and a bound on the OFFSET a URL can ask for. */
export const ADMIN_MAX_PAGE = 100_000;

/** `?page=` of an admin list: a number clamped to 1…ADMIN_MAX_PAGE; anything else is page 1. */
export function adminPage(value: string | string[] | undefined): number {
  const n = Number.parseInt(String(Array.isArray(value) ? value[0] : (value ?? '1')), 10);
  return Number.isFinite(n) ? Math.max(1, Math.min(ADMIN_MAX_PAGE, n)) : 1;
}

const positiveInt = z.coerce.number().int().positive().optional().catch(undefined);

/** Query string of the admin article list; anything unexpected is ignored rather than refused. */
export const ArticleFilterSchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  category: positiveInt,
  author: positiveInt,
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.string().optional().catch(undefined).transform(adminPage),
});
