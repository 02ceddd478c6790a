import { z } from 'zod';
import { MAX_PASSWORD, MIN_PASSWORD } from './users';

/** A code from an authenticator app (6 digits) or a recovery code, with room for spaces. */
export const SIGN_IN_CODE_MAX = 40;

export const SignInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ error: 'emailInvalid' })),
  password: z.string().min(1, { error: 'passwordRequired' }).max(MAX_PASSWORD, { error: 'passwordRequired' }),
  next: z.string().max(300).optional(),
});

/** A six-digit code from the authenticator, or a recovery code (xxxxx-xxxxx). */
export const SecondFactorSchema = z.object({
  code: z.string().trim().min(1, { error: 'codeRequired' }).max(SIGN_IN_CODE_MAX, { error: 'codeInvalid' }),
});

export const ForgotPasswordSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ error: 'emailInvalid' })),
});

export const ResetPasswordSchema = z.object({
  token: z.string().max(100),
  newPassword: z.string().min(MIN_PASSWORD, { error: 'passwordTooShort' }).max(MAX_PASSWORD, { error: 'tooLong' }),
});

/** One of the caller's own sessions, by the handle the account page shows (never the stored id). */
export const SessionHandleSchema = z.object({
  session: z.string().regex(/^[\w-]{22}$/, { error: 'invalid' }),
});
