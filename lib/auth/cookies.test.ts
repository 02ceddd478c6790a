import { afterEach, describe, expect, it, vi } from 'vitest';
import { STAFF_COOKIES } from '@/lib/edge/staff-cookies';
import { authCookieName, authCookieOptions } from './cookies';

afterEach(() => vi.unstubAllEnvs());

describe('sign-in cookies', () => {
  it('carry the __Host- prefix when they are Secure (production over https)', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('INSECURE_COOKIES', '');
    expect(authCookieName('portal_session')).toBe('__Host-portal_session');
    // What __Host- requires, or browsers drop the cookie: Secure, Path=/, no Domain.
    const options = authCookieOptions();
    expect(options).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'lax' });
    expect(options).not.toHaveProperty('domain');
  });

  it('keep the plain name on plain http (INSECURE_COOKIES=1, development)', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('INSECURE_COOKIES', '1');
    expect(authCookieName('portal_session')).toBe('portal_session');
    expect(authCookieOptions().secure).toBe(false);
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('INSECURE_COOKIES', '');
    expect(authCookieName('portal_device')).toBe('portal_device');
  });

  it('keep staff out of shared caches under either name', () => {
    for (const insecure of ['', '1']) {
      vi.stubEnv('NODE_ENV', 'production');
      vi.stubEnv('INSECURE_COOKIES', insecure);
      expect(STAFF_COOKIES).toContain(authCookieName('portal_session'));
    }
  });
});
