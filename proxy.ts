import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

const ADMIN = /^(?:\/(fr|en))?\/admin(?:\/|$)/;
const SESSION_COOKIE = 'portal_session';
/** Public forms (comments, sign-in) never need more; admin uploads may send up to 11 MB. */
const PUBLIC_BODY_LIMIT = 64 * 1024;

/**
 * Runs before every page: language routing, a quick redirect to sign-in for /admin without a
 * session cookie (the pages and actions check the session themselves; this only saves a render),
 * and a small body limit on public POSTs.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const admin = ADMIN.exec(pathname);
  if (request.method === 'POST' && !admin) {
    const length = Number(request.headers.get('content-length') ?? 0);
    if (length > PUBLIC_BODY_LIMIT) return new NextResponse(null, { status: 413 });
  }
  if (admin && request.method === 'GET' && !request.cookies.has(SESSION_COOKIE) && !/\/admin\/login\/?$/.test(pathname)) {
    const login = request.nextUrl.clone();
    login.pathname = `${admin[1] ? `/${admin[1]}` : ''}/admin/login`;
    login.search = '';
    login.searchParams.set('next', pathname.replace(/^\/(fr|en)(?=\/)/, ''));
    return NextResponse.redirect(login);
  }
  return intl(request);
}

export const config = {
  // Everything but Next's internals, API routes, media files and files with an extension.
  matcher: ['/((?!_next|_vercel|api|media|.*\\..*).*)'],
};
