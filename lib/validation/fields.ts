import { z } from 'zod';

/** A select's id: empty (none chosen) becomes null. */
export const optionalId = z
  .union([z.literal(''), z.coerce.number().int().positive()])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));
