import type { Role } from '@/lib/generated/sqlite/enums';

/** REQUIRE_2FA=1 (or true, yes): admins and editors must set up a second factor to sign in. */
export function secondFactorRequired(role: Role): boolean {
  return /^(1|true|yes)$/i.test(process.env.REQUIRE_2FA ?? '') && (role === 'ADMIN' || role === 'EDITOR');
}
