import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { ADMIN_PATH, isPublicAdminPath, permissionForAdminPath } from './lib/auth/admin-routes';
import { forbiddenResponse } from './lib/auth/forbidden-response';
import { can } from './lib/auth/roles';
import { bodyLimitFor } from './lib/http/body-limits';
import { TOO_LARGE_HEADERS, tooLargeText } from './lib/http/too-large';
import { sessionCookieName, sessionUserForToken } from './lib/auth/session';
import { legacyRedirect } from './lib/redirects/respond';

const intl = createMiddleware(routing);

/**
 * Runs before every page: language routing; the body limit of the path (lib/http/body-limits.ts)
 * from the length a request declares (scripts/serve.ts also counts what arrives); and for admin
 * pages, the session and the section's permission, so that a refused visitor gets a real 307 to
 * sign-in or a 403 before anything renders (Next streams pages, and a page's own redirect would
 * arrive inside a 200). Every admin page and action checks again itself.
 */
export default async function proxy(request: NextRequest) {
  // Old addresses (an imported site's) answer 301 before anything else.
  const moved = await legacyRedirect(request);
  if (moved) return moved;
  const { pathname } = request.nextUrl;
  const admin = ADMIN_PATH.exec(pathname);
  if (Number(request.headers.get('content-length') ?? 0) > bodyLimitFor(pathname, request.headers.get('cookie'))) {
    return new NextResponse(tooLargeText(pathname), { status: 413, headers: TOO_LARGE_HEADERS });
  }
  if (admin && request.method === 'GET' && !isPublicAdminPath(admin[2]!)) {
    const prefix = admin[1] ? `/${admin[1]}` : '';
    const user = await sessionUserForToken(request.cookies.get(sessionCookieName())?.value);
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
  // Everything but Next's internals, API routes, media files and the app's own files (robots,
  // sitemaps, feeds, icon, brand images); and the image addresses of an imported WordPress site.
  // Other addresses with a dot come through too: left out, `/wp-login.php` reached the [locale]
  // segment as a language and the layout answered 500.
  matcher: [
    '/((?!_next|_vercel|api/|media/|(?:brand|feed|sitemaps)/[^/]+\\.[a-z]+$|robots\\.txt$|sitemap\\.xml$|feed\\.xml$|icon\\.svg$).*)',
    '/wp-content/:path*',
  ],
};
