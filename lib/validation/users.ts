import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { routing } from '@/i18n/routing';
import { readerText } from './reader-text';

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 200;
const password = z.string().min(MIN_PASSWORD, { error: 'passwordTooShort' }).max(MAX_PASSWORD, { error: 'tooLong' });
const name = readerText(z.string().trim().min(1, { error: 'nameRequired' }).max(80, { error: 'tooLong' }));

export const NewUserSchema = z.object({
  name,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ error: 'emailInvalid' })),
  role: z.enum(ROLES, { error: 'roleInvalid' }),
  password,
});

export const UserAccessSchema = z.object({
  id: z.coerce.number().int().positive(),
  role: z.enum(ROLES, { error: 'roleInvalid' }),
  active: z
    .union([z.literal('on'), z.literal('')])
    .optional()
    .transform((v) => v === 'on'),
});

export const PROFILE_LOCALES = routing.locales;

export const ProfileSchema = z.object({
  name,
  bio: z.string().trim().max(500, { error: 'tooLong' }).optional().default(''),
  locale: z.enum(PROFILE_LOCALES).optional().default('ar'),
});

export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1, { error: 'passwordRequired' }).max(MAX_PASSWORD),
  newPassword: password,
});
