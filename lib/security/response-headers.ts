// The security headers of every response, and the per-request nonce that lets the page's own
// scripts run under the Content-Security-Policy. Pages are cached as HTML shared by every reader,
// so the nonce cannot be rendered into them: the server (scripts/serve.ts) writes a fresh one
// into each <script> tag of the HTML as it streams out (see NonceInjector).
import crypto from 'node:crypto';

export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64');
}

/**
 * Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic':
 * Next's chunks); no inline script or event handler otherwise. Styles may be inline (React
 * style attributes, image placeholders); images may be data URLs (blur placeholders).
 */
export function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
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

/** Tags that load or run script: <script>, and <link> (Next preloads its bootstrap script). */
const SCRIPT = Buffer.from('<script');
const LINK = Buffer.from('<link');
const TAGS = [SCRIPT, LINK];
const LONGEST = Math.max(...TAGS.map((t) => t.length));
/** Bytes that may follow the tag name: whitespace, `>` or `/`. */
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x3e, 0x2f]);

/** A <link> that fetches script: Next preloads its bootstrap chunk. */
const SCRIPT_LINK = /\bas="script"|\brel="modulepreload"/;

/**
 * Adds ` nonce="…"` to every <script> start tag of an HTML byte stream, and to every <link> that
 * preloads script, chunk by chunk. A tag split across two chunks is held back until the rest
 * arrives. Works on bytes: the tag names are ASCII, so Arabic text is never cut or decoded.
 */
export class NonceInjector {
  private carry: Buffer = Buffer.alloc(0);
  private readonly attribute: Buffer;

  constructor(nonce: string) {
    this.attribute = Buffer.from(` nonce="${nonce}"`);
  }

  push(chunk: Buffer): Buffer {
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const parts: Buffer[] = [];
    let from = 0;
    let keep = -1;
    for (let found = nextTag(data, from); found; found = nextTag(data, from)) {
      const end = found.at + found.tag.length;
      if (end >= data.length) break; // the next chunk says whether the name ends here
      let wanted = AFTER_NAME.has(data[end]!);
      if (wanted && found.tag === LINK) {
        const close = data.indexOf(0x3e, end);
        if (close === -1) {
          keep = found.at; // the whole <link …> is needed to read its attributes
          break;
        }
        wanted = SCRIPT_LINK.test(data.subarray(end, close).toString('latin1'));
      }
      parts.push(data.subarray(from, end));
      if (wanted) parts.push(this.attribute);
      from = end;
    }
    if (keep === -1) keep = this.partialTagStart(data, from);
    parts.push(data.subarray(from, keep));
    this.carry = Buffer.from(data.subarray(keep));
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** What is left at the end of the stream. */
  flush(): Buffer {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return rest;
  }

  /** Where a possible start of a tag name begins in the last bytes, or the end of the data. */
  private partialTagStart(data: Buffer, from: number): number {
    for (let i = Math.max(from, data.length - LONGEST); i < data.length; i++) {
      if (data[i] === 0x3c && TAGS.some((tag) => data.length - i <= tag.length && tag.subarray(0, data.length - i).equals(data.subarray(i)))) return i;
    }
    return data.length;
  }
}

/** The first of the tags at or after `from`. */
function nextTag(data: Buffer, from: number): { at: number; tag: Buffer } | null {
  let first: { at: number; tag: Buffer } | null = null;
  for (const tag of TAGS) {
    const at = data.indexOf(tag, from);
    if (at !== -1 && (!first || at < first.at)) first = { at, tag };
  }
  return first;
}
