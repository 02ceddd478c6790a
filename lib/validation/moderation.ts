import { z } from 'zod';
import { COMMENT_LIMITS } from './comment-fields';

export const COMMENT_STATUSES = ['PENDING', 'APPROVED', 'SPAM', 'TRASH'] as const;

const ids = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().positive()).max(200));

/** Either one comment from its own button ("id:STATUS") or the checked ones with the bulk select. */
export const ModerationSchema = z
  .object({
    single: z
      .string()
      .regex(/^\d{1,9}:(PENDING|APPROVED|SPAM|TRASH)$/)
      .optional(),
    ids: ids.optional().default([]),
    status: z.enum(COMMENT_STATUSES).optional(),
  })
  .transform((v) =>
    v.single
      ? { ids: [Number(v.single.split(':')[0])], status: v.single.split(':')[1] as (typeof COMMENT_STATUSES)[number] }
      : { ids: v.ids, status: v.status },
  )
  .refine((v) => v.ids.length > 0 && v.status, { error: 'nothingSelected' });

export const StaffReplySchema = z.object({
  commentId: z.coerce.number().int().positive(),
  body: z.string().trim().min(1, { error: 'bodyRequired' }).max(COMMENT_LIMITS.body, { error: 'tooLong' }),
});
