import { z } from 'zod';

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'emailInvalid' })),
  password: z.string().min(1, { error: 'passwordRequired' }).max(200, { error: 'passwordRequired' }),
  next: z.string().max(300).optional(),
});
