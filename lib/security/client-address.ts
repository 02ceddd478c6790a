/**
 * The caller's IP address. The server (scripts/serve.ts) appends the address it sees to
 * X-Forwarded-For; behind reverse proxies set TRUSTED_PROXIES to how many hops append to it
 * (default 1: this server alone; 2 behind one nginx). The address that many entries from the end
 * is the one the outermost trusted hop saw; anything before it came from the client.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  const trusted = Math.max(1, Number(process.env.TRUSTED_PROXIES ?? 1));
  return forwarded[Math.max(0, forwarded.length - trusted)] ?? headers.get('x-real-ip') ?? 'unknown';
}
