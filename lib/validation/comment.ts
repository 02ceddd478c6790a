// The comment form's schema, shared by the form (inline errors) and the server action (the
// authority). Error messages are keys of the «Comments.errors» messages, so every interface
// language gets its own wording.
import { z } from 'zod';
import { neutralizeText, stripInvisible } from '@/lib/text/unicode-controls';
import { optionalId } from './fields';

import { COMMENT_LIMITS, type CommentValues } from './comment-fields';

export { COMMENT_LIMITS };

const text = (max: number, required: string, tooLong: string) => z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });

export const CommentSchema = z.object({
  articleId: z.coerce.number({ error: 'invalid' }).int().positive(),
  parentId: optionalId,
  name: z.preprocess((v) => (typeof v === 'string' ? stripInvisible(v) : v), text(COMMENT_LIMITS.name, 'nameRequired', 'nameTooLong')),
  email: z
    .string({ error: 'emailRequired' })
    .trim()
    .min(1, { error: 'emailRequired' })
    .max(COMMENT_LIMITS.email, { error: 'emailInvalid' })
    .pipe(z.email({ error: 'emailInvalid' }))
    .transform((v) => v.toLowerCase()),
  website: z
    .string()
    .trim()
    .max(COMMENT_LIMITS.website, { error: 'websiteInvalid' })
    .optional()
    .transform((v) => v || null)
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'websiteInvalid' }).nullable()),
  body: z.preprocess((v) => (typeof v === 'string' ? neutralizeText(v.replace(/\r\n?/g, '\n')) : v), text(COMMENT_LIMITS.body, 'bodyRequired', 'bodyTooLong')),
});

export type CommentInput = z.infer<typeof CommentSchema>;

/** The typed values, to send back with errors (bounded, in case of a huge forged field). */
export function commentValues(form: FormData): CommentValues {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v.slice(0, 10_000) : '';
  };
  return { name: get('name'), email: get('email'), website: get('website'), body: get('body') };
}
