// Cookies that make a request personal: a staff session, or Next's draft mode (a preview of
// unpublished articles). A request carrying one is never answered from a shared cache and its
// answer is never stored, by the app's page store or by Varnish (edge/varnish.vcl names the same
// cookies; a test keeps the two lists equal). Readers' own cookies (my_comments) change nothing
// in a page: the parts that read them are small client leaves with private endpoints.

/** The staff session's cookie, plain (http) or with the __Host- prefix (https). */
export const SESSION_COOKIES = ['portal_session', '__Host-portal_session'] as const;
export const STAFF_COOKIES = [...SESSION_COOKIES, '__prerender_bypass', '__next_preview_data'] as const;

const pattern = (names: readonly string[]) => new RegExp(`(?:^|;)\\s*(?:${names.map((n) => n.replace(/[-_]/g, '\\$&')).join('|')})=`);
const STAFF = pattern(STAFF_COOKIES);
const SESSION = pattern(SESSION_COOKIES);

export function hasStaffCookie(cookieHeader: string | undefined): boolean {
  return !!cookieHeader && STAFF.test(cookieHeader);
}

/** Whether the request carries a staff session cookie (not whether the session is live). */
export function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return !!cookieHeader && SESSION.test(cookieHeader);
}
