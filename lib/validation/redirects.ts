// The redirect form of the admin and its action. An old address is stored in the one normal form
// the proxy looks up (lib/redirects/legacy-path.ts); a target is a path here or an https address.
import { z } from 'zod';
import { optionalId } from './fields';
import { safeHref } from '@/lib/content/document';
import { sourceOf } from '@/lib/redirects/legacy-path';

export const REDIRECT_LIMITS = { address: 2000 } as const;

export const RedirectSchema = z
  .object({
    id: optionalId,
    source: z
      .string()
      .trim()
      .min(1, { error: 'redirectSourceInvalid' })
      .max(REDIRECT_LIMITS.address, { error: 'tooLong' })
      .refine((s) => /^(\/|https?:\/\/)/i.test(s) && sourceOf(s) !== null, { error: 'redirectSourceInvalid' })
      .transform((s) => sourceOf(s)!),
    target: z
      .string()
      .trim()
      .max(REDIRECT_LIMITS.address, { error: 'tooLong' })
      .refine((t) => /^(\/(?!\/)|https?:\/\/)/i.test(t) && safeHref.safeParse(t).success, { error: 'redirectTargetInvalid' }),
  })
  .refine((r) => sourceOf(r.target) !== r.source, { path: ['target'], error: 'redirectLoop' });

export const RedirectIdSchema = z.object({ id: z.coerce.number().int().positive() });
