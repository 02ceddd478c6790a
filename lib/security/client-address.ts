/**
 * The caller's IP address. The server (scripts/serve.ts) appends the address it sees to
 * X-Forwarded-For; behind reverse proxies set TRUSTED_PROXIES to how many hops append to it
 * (default 1: this server alone; 2 behind one nginx). The address that many entries from the end
 * is the one the outermost trusted hop saw; anything before it came from the client.
 */
export function clientAddress(headers: Headers): string {
  const forwarded =
    headers
      .get('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const trusted = Math.max(1, Number(process.env.TRUSTED_PROXIES ?? 1));
  return forwarded[Math.max(0, forwarded.length - trusted)] ?? headers.get('x-real-ip') ?? 'unknown';
}

/**
 * The part of an address that names one subscriber: an IPv4 address whole, an IPv6 address by its
 * /64 (a single home or phone is given a whole /64, and can pick any address in it).
 */
export function addressKey(address: string): string {
  if (!address.includes(':')) return address;
  const plain = address
    .replace(/^\[|\](:\d+)?$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase();
  const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = plain.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+/, '') || '0')
    .join(':')}::/64`;
}
