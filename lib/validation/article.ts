// The article editor's schema, shared by the editor (limits, field names) and the save action.
import { z } from 'zod';
import { optionalId } from './fields';
import { zonedToUtc } from '@/lib/text/zoned-time';
import { ArticleBodySchema } from './article-body';
import { readerText } from './reader-text';

export const ARTICLE_LIMITS = {
  title: 200,
  slug: 120,
  excerpt: 600,
  sourceLine: 80,
  sourceOutlet: 80,
  coverAlt: 250,
  coverCaption: 300,
  tags: 12,
  tag: 40,
} as const;
export const ARTICLE_LANGUAGES = ['ar', 'fr', 'en'] as const;
export const ARTICLE_STATUSES = ['DRAFT', 'REVIEW', 'SCHEDULED', 'PUBLISHED'] as const;
export type ArticleStatusName = (typeof ARTICLE_STATUSES)[number];
export const ARTICLE_INTENTS = ['save', 'review', 'schedule', 'publish', 'unpublish'] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];
/** What each of the editor's buttons did, as «Admin.editor» says it. */
export const INTENT_DONE = {
  save: 'saved',
  review: 'submitted',
  schedule: 'scheduled',
  publish: 'published',
  unpublish: 'unpublished',
} as const satisfies Record<ArticleIntent, string>;
export type ArticleDone = (typeof INTENT_DONE)[ArticleIntent];
export const isArticleDone = (message: string | undefined): message is ArticleDone => (Object.values(INTENT_DONE) as string[]).includes(message ?? '');

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v === 'on' || v === 'true');

export const ArticleSchema = z
  .object({
    id: optionalId,
    title: readerText(z.string().trim().min(1, { error: 'titleRequired' }).max(ARTICLE_LIMITS.title, { error: 'titleTooLong' })),
    slug: z
      .string()
      .trim()
      .max(ARTICLE_LIMITS.slug, { error: 'slugInvalid' })
      .regex(/^[\p{L}\p{N}-]*$/u, { error: 'slugInvalid' })
      .optional()
      .default(''),
    excerpt: readerText(z.string().trim().max(ARTICLE_LIMITS.excerpt, { error: 'tooLong' }).optional().default('')),
    body: ArticleBodySchema,
    /** The article's version the editor started from: a save over a newer one is refused. */
    baseVersion: z.coerce.number().int().min(0).max(1_000_000_000).optional().default(0),
    sourceLine: readerText(z.string().trim().max(ARTICLE_LIMITS.sourceLine, { error: 'tooLong' }).optional().default('')),
    sourceOutlet: readerText(z.string().trim().max(ARTICLE_LIMITS.sourceOutlet, { error: 'tooLong' }).optional().default('')),
    categoryId: z.coerce.number({ error: 'categoryRequired' }).int({ error: 'categoryRequired' }).positive({ error: 'categoryRequired' }),
    tags: readerText(z.string().optional().default(''))
      .transform((v) => [
        ...new Set(
          v
            .split(/[,،]/)
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().max(ARTICLE_LIMITS.tag, { error: 'tooLong' })).max(ARTICLE_LIMITS.tags, { error: 'tooLong' })),
    language: z.enum(ARTICLE_LANGUAGES).optional().default('ar'),
    breaking: checkbox,
    commentsOpen: checkbox,
    coverId: optionalId,
    translationOfId: optionalId,
    coverAlt: readerText(z.string().trim().max(ARTICLE_LIMITS.coverAlt, { error: 'tooLong' }).optional().default('')),
    coverCaption: readerText(z.string().trim().max(ARTICLE_LIMITS.coverCaption, { error: 'tooLong' }).optional().default('')),
    intent: z.enum(ARTICLE_INTENTS).optional().default('save'),
    scheduleAt: z.string().optional().default(''),
  })
  .superRefine((a, ctx) => {
    if (a.coverId && !a.coverAlt) ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: 'coverAltRequired' });
    if (a.intent === 'schedule') {
      const at = zonedToUtc(a.scheduleAt);
      if (!at) ctx.addIssue({ code: 'custom', path: ['scheduleAt'], message: 'scheduleRequired' });
      else if (at.getTime() <= Date.now()) ctx.addIssue({ code: 'custom', path: ['scheduleAt'], message: 'scheduleInPast' });
    }
  });

export type ArticleInput = z.infer<typeof ArticleSchema>;

/** What an article holds, as the form sends it: everything but the save's own controls. */
export type ArticleContent = Omit<ArticleInput, 'id' | 'baseVersion' | 'intent' | 'scheduleAt'>;

/** The content of a checked form. A caption and an alternative text go with a cover, not without one. */
export function articleContentOf({ id, baseVersion, intent, scheduleAt, ...content }: ArticleInput): ArticleContent {
  return content.coverId ? content : { ...content, coverAlt: '', coverCaption: '' };
}
