import { z } from 'zod';

export const MAX_UPLOAD_MB = 10;
export const MEDIA_TEXT_LIMITS = { alt: 250, caption: 300, credit: 120 } as const;

export const MediaTextSchema = z.object({
  alt: z.string().trim().max(MEDIA_TEXT_LIMITS.alt, { error: 'tooLong' }).optional().default(''),
  caption: z.string().trim().max(MEDIA_TEXT_LIMITS.caption, { error: 'tooLong' }).optional().default(''),
  credit: z.string().trim().max(MEDIA_TEXT_LIMITS.credit, { error: 'tooLong' }).optional().default(''),
});

export const MediaUploadSchema = MediaTextSchema.extend({
  file: z
    .instanceof(File, { error: 'fileRequired' })
    .refine((f) => f.size > 0, { error: 'fileRequired' })
    .refine((f) => f.size <= MAX_UPLOAD_MB * 1024 * 1024, { error: 'fileTooLarge' }),
});

export const MediaUpdateSchema = MediaTextSchema.extend({ id: z.coerce.number().int().positive() });
