import 'server-only';

/** Cookies are Secure in production unless INSECURE_COOKIES=1 (plain http on localhost, the tests). */
export function secureCookies(): boolean {
  return process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1';
}

/**
 * The name of a sign-in cookie (session, second-step challenge, trusted device). Over https it
 * carries the `__Host-` prefix: browsers then accept it only when it is Secure, has Path=/ and no
 * Domain, so neither a sibling subdomain nor a plain-http page can plant or overwrite it (a planted
 * session would sign the victim in to the attacker's account). Plain http cannot hold such a cookie,
 * so there the bare name is used. Every reader and writer asks this function.
 */
export function authCookieName(name: string): string {
  return secureCookies() ? `__Host-${name}` : name;
}

/** Options of every sign-in cookie: out of reach of scripts, sent on top-level navigation only. No Domain (`__Host-`). */
export function authCookieOptions() {
  return { httpOnly: true, sameSite: 'lax' as const, secure: secureCookies(), path: '/' };
}
