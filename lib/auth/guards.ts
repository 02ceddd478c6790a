import 'server-only';
import { forbidden } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { can, type Permission } from './roles';
import { getSessionUser, type SessionUser } from './session';

/**
 * The check every admin layout and page makes on the server: a signed-in, active staff member with
 * the permission, or a redirect to sign-in (signed out) or a 403 page (not allowed).
 */
export async function requireStaff(permission: Permission = 'admin:access'): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) return redirect({ href: '/admin/login', locale: await getLocale() });
  if (!can(user, permission)) forbidden();
  return user;
}
