/**
 * The caller's IP address. Behind a reverse proxy set TRUSTED_PROXIES to how many proxies append
 * to X-Forwarded-For (default 1: Next's own server, or one nginx in front); the address that many
 * entries from the end is the one the last trusted proxy saw.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  const trusted = Math.max(1, Number(process.env.TRUSTED_PROXIES ?? 1));
  return forwarded[Math.max(0, forwarded.length - trusted)] ?? headers.get('x-real-ip') ?? 'unknown';
}
