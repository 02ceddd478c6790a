import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but Next's internals, API-like routes and files with an extension.
  matcher: ['/((?!_next|_vercel|api|media|feed|sitemap|robots|.*\\..*).*)'],
};
