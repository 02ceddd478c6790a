import { z } from 'zod';
import { optionalId } from './fields';
import { slugify } from '@/lib/text/slug';
import { readerText } from './reader-text';

export const TAXONOMY_LIMITS = { name: 80, slug: 80, description: 300, position: 999 } as const;

const name = readerText(z.string().trim().min(1, { error: 'nameRequired' }).max(TAXONOMY_LIMITS.name, { error: 'tooLong' }));
/** A category's name in another interface's language: empty shows the original. */
const interfaceName = readerText(z.string().trim().max(TAXONOMY_LIMITS.name, { error: 'tooLong' }).optional().default(''));
const slug = z
  .string()
  .trim()
  .max(TAXONOMY_LIMITS.slug, { error: 'slugInvalid' })
  .regex(/^[\p{L}\p{N}-]*$/u, { error: 'slugInvalid' })
  .optional()
  .default('');
export const CategorySchema = z
  .object({
    id: optionalId,
    name,
    nameFr: interfaceName,
    nameEn: interfaceName,
    slug,
    description: readerText(z.string().trim().max(TAXONOMY_LIMITS.description, { error: 'tooLong' }).optional().default('')),
    position: z.coerce.number({ error: 'numberInvalid' }).int({ error: 'numberInvalid' }).min(0).max(TAXONOMY_LIMITS.position).optional().default(0),
  })
  .transform((c) => ({ ...c, slug: c.slug || slugify(c.name) }));

export const TagSchema = z.object({ id: z.coerce.number().int().positive(), name, slug }).transform((t) => ({ ...t, slug: t.slug || slugify(t.name) }));

export const IdSchema = z.object({ id: z.coerce.number().int().positive() });
