import { z } from 'zod';
import { ARTICLE_STATUSES } from './article';

const positiveInt = z.coerce.number().int().positive().optional().catch(undefined);

/** Query string of the admin article list; anything unexpected is ignored rather than refused. */
export const ArticleFilterSchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  category: positiveInt,
  author: positiveInt,
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
