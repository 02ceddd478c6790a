import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { permissionForAdminPath } from './lib/auth/admin-routes';
import { forbiddenResponse } from './lib/auth/forbidden-response';
import { can } from './lib/auth/roles';
import { SESSION_COOKIE, sessionUserForToken } from './lib/auth/session';

const intl = createMiddleware(routing);

const PREFIXED = routing.locales.filter((l) => l !== routing.defaultLocale).join('|');
const ADMIN = new RegExp(`^(?:/(${PREFIXED}))?(/admin(?:/.*)?)$`);
/** Public forms (comments, sign-in) never need more; admin uploads may send up to 11 MB. */
const PUBLIC_BODY_LIMIT = 64 * 1024;

/**
 * Runs before every page: language routing; a small body limit on public POSTs; and for admin
 * pages, the session and the section's permission, so that a refused visitor gets a real 307 to
 * sign-in or a 403 before anything renders (Next streams pages, and a page's own redirect would
 * arrive inside a 200). Every admin page and action checks again itself.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const admin = ADMIN.exec(pathname);
  if (request.method === 'POST' && !admin) {
    const length = Number(request.headers.get('content-length') ?? 0);
    if (length > PUBLIC_BODY_LIMIT) return new NextResponse(null, { status: 413 });
  }
  if (admin && request.method === 'GET' && !/^\/admin\/login\/?$/.test(admin[2]!)) {
    const prefix = admin[1] ? `/${admin[1]}` : '';
    const user = await sessionUserForToken(request.cookies.get(SESSION_COOKIE)?.value);
    if (!user) {
      const login = request.nextUrl.clone();
      login.pathname = `${prefix}/admin/login`;
      login.search = '';
      login.searchParams.set('next', admin[2]!);
      const redirect = NextResponse.redirect(login);
      redirect.headers.set('Cache-Control', 'private, no-store');
      return redirect;
    }
    if (!can(user, permissionForAdminPath(admin[2]!))) return forbiddenResponse(admin[1] ?? routing.defaultLocale);
  }
  return intl(request);
}

export const config = {
  // Everything but Next's internals, API routes, media files and files with an extension.
  matcher: ['/((?!_next|_vercel|api|media|.*\\..*).*)'],
};
