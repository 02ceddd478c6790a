import { z } from 'zod';
import { slugify } from '@/lib/text/slug';
import { readerText } from './reader-text';

const name = readerText(z.string().trim().min(1, { error: 'nameRequired' }).max(80, { error: 'tooLong' }));
const slug = z.string().trim().max(80, { error: 'slugInvalid' }).regex(/^[\p{L}\p{N}-]*$/u, { error: 'slugInvalid' }).optional().default('');
const optionalId = z
  .union([z.literal(''), z.coerce.number().int().positive()])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

export const CategorySchema = z
  .object({
    id: optionalId,
    name,
    slug,
    description: readerText(z.string().trim().max(300, { error: 'tooLong' }).optional().default('')),
    position: z.coerce.number({ error: 'numberInvalid' }).int({ error: 'numberInvalid' }).min(0).max(999).optional().default(0),
  })
  .transform((c) => ({ ...c, slug: c.slug || slugify(c.name) }));

export const TagSchema = z
  .object({ id: z.coerce.number().int().positive(), name, slug })
  .transform((t) => ({ ...t, slug: t.slug || slugify(t.name) }));

export const IdSchema = z.object({ id: z.coerce.number().int().positive() });
