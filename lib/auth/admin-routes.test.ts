import { describe, expect, it } from 'vitest';
import { isPublicAdminPath, permissionForAdminPath } from './admin-routes';

describe('admin sections', () => {
  it('map paths to permissions', () => {
    expect(permissionForAdminPath('/admin/comments')).toBe('comments:moderate');
    expect(permissionForAdminPath('/admin/users/3')).toBe('users:manage');
    expect(permissionForAdminPath('/admin/articles/4')).toBe('admin:access');
    expect(permissionForAdminPath('/admin')).toBe('admin:access');
  });

  it('let signed-out visitors open only the sign-in steps and the password reset', () => {
    for (const path of ['/admin/login', '/admin/login/two-factor', '/admin/password/forgot', '/admin/password/reset/AbC_12-x'])
      expect(isPublicAdminPath(path), path).toBe(true);
    for (const path of ['/admin', '/admin/users', '/admin/login/x', '/admin/password/reset', '/admin/password/reset/a/b', '/admin/account'])
      expect(isPublicAdminPath(path), path).toBe(false);
  });
});
