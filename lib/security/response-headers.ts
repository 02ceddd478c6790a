// The security headers of every response. Scripts run by hash, not by nonce: a cached page is the
// same bytes for every reader, so its policy names the inline scripts the app wrote into it
// (lib/security/page-scripts.ts, computed once when the page is stored) and the same policy can be
// kept by any shared cache. Nothing is written into a page's HTML on the way out.
import { EMBED_FRAME_ORIGINS } from '../content/embeds';

/**
 * Scripts: the site's own files (Next's chunks, loaded by its runtime) and the inline scripts
 * whose hashes are given; no other inline script, no event handler attribute, nothing from
 * another origin. No 'strict-dynamic': with it 'self' is ignored and the chunks would need hashes
 * of their own, which Safari only matches since 2026; the site serves no file a visitor could
 * turn into script (uploads are re-encoded images sent with nosniff). Styles may be inline (React
 * style attributes, image placeholders); images may be data URLs (blur placeholders).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], https: boolean): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Embedded posts and videos load their provider's frame after a reader's click, and nothing else may be framed.
    `frame-src ${Object.values(EMBED_FRAME_ORIGINS).join(' ')}`,
    "manifest-src 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Headers that do not change from one response to the next. */
export function staticSecurityHeaders(https: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Browsers only honour it over HTTPS; two years, as the preload list asks.
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
