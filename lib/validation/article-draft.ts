// What the article editor holds while someone writes: the fields of the form, the same shape in the
// editor, in an autosave and in a merge. One schema, checked again on the server for autosaves.
import { z } from 'zod';
import { ArticleDocumentSchema } from '@/lib/content/document';
import { ARTICLE_LANGUAGES, ARTICLE_LIMITS } from './article';

const text = (max: number) => z.string().max(max);

export const EditorFieldsSchema = z.object({
  id: z.number().int().positive().nullable(),
  title: text(ARTICLE_LIMITS.title),
  slug: text(ARTICLE_LIMITS.slug),
  excerpt: text(ARTICLE_LIMITS.excerpt),
  body: ArticleDocumentSchema,
  sourceLine: text(ARTICLE_LIMITS.sourceLine),
  /** Absent from autosaves made before the field existed. */
  sourceOutlet: text(ARTICLE_LIMITS.sourceOutlet).default(''),
  categoryId: z.union([z.number().int().positive(), z.literal('')]),
  tags: text(ARTICLE_LIMITS.tags * (ARTICLE_LIMITS.tag + 2)),
  language: z.enum(ARTICLE_LANGUAGES),
  breaking: z.boolean(),
  commentsOpen: z.boolean(),
  cover: z.object({ id: z.number().int().positive(), key: z.string().max(64) }).nullable(),
  coverAlt: text(ARTICLE_LIMITS.coverAlt),
  coverCaption: text(ARTICLE_LIMITS.coverCaption),
  translationOfId: z.string().regex(/^\d{0,9}$/),
  scheduleAt: text(20),
});

export type EditorFields = z.infer<typeof EditorFieldsSchema>;

/** An autosave: the work in progress and the version of the article it started from. */
export const AutosaveContentSchema = z.object({ fields: EditorFieldsSchema, base: EditorFieldsSchema });
export type AutosaveContent = z.infer<typeof AutosaveContentSchema>;

export const AUTOSAVE_MAX_CHARS = 1_200_000;

export const AutosaveSchema = z.object({
  id: z
    .union([z.literal(''), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  baseVersion: z.coerce.number().int().min(0).max(1_000_000_000),
  content: z
    .string()
    .max(AUTOSAVE_MAX_CHARS, { error: 'bodyTooLarge' })
    .transform((json, ctx) => {
      try {
        return JSON.parse(json) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'invalid' });
        return z.NEVER;
      }
    })
    .pipe(AutosaveContentSchema),
});
