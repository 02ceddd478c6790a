// The permission each admin section needs: read by the proxy (which answers refused requests with
// a real 307 or 403 before anything renders) and by the pages, which check again themselves.
import type { Permission } from './roles';

export const ADMIN_SECTIONS = {
  comments: 'comments:moderate',
  categories: 'taxonomy:manage',
  tags: 'taxonomy:manage',
  users: 'users:manage',
  settings: 'settings:manage',
  audit: 'audit:read',
} as const satisfies Record<string, Permission>;

/** `/admin/comments?…` -> 'comments:moderate'; every other admin page needs admin access. */
export function permissionForAdminPath(path: string): Permission {
  const section = /^\/admin\/([a-z]+)/.exec(path)?.[1] as keyof typeof ADMIN_SECTIONS | undefined;
  return (section && ADMIN_SECTIONS[section]) || 'admin:access';
}
