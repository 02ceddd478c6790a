// The permission each admin section needs: read by the proxy (which answers refused requests with
// a real 307 or 403 before anything renders) and by the pages, which check again themselves.
import { routing } from '@/i18n/routing';
import type { Permission } from './roles';

const PREFIXED = routing.locales.filter((l) => l !== routing.defaultLocale).join('|');
/** An admin address: [1] its interface prefix (none for Arabic), [2] the path from /admin on. */
export const ADMIN_PATH = new RegExp(`^(?:/(${PREFIXED}))?(/admin(?:/.*)?)$`);

export const ADMIN_SECTIONS = {
  comments: 'comments:moderate',
  categories: 'taxonomy:manage',
  tags: 'taxonomy:manage',
  redirects: 'redirects:manage',
  users: 'users:manage',
  settings: 'settings:manage',
  audit: 'audit:read',
} as const satisfies Record<string, Permission>;

/** `/admin/comments?…` -> 'comments:moderate'; every other admin page needs admin access. */
export function permissionForAdminPath(path: string): Permission {
  const section = /^\/admin\/([a-z]+)/.exec(path)?.[1] as keyof typeof ADMIN_SECTIONS | undefined;
  return (section && ADMIN_SECTIONS[section]) || 'admin:access';
}

/** Admin pages a signed-out visitor may open: the sign-in steps and the password reset. */
export function isPublicAdminPath(path: string): boolean {
  return /^\/admin\/(login(\/two-factor)?|password\/(forgot|reset\/[\w-]+))\/?$/.test(path);
}
