// The inline scripts of an HTML page, as CSP hash sources. A page's bytes are the same for every
// reader (it is cached), so its policy can name exactly the scripts the app wrote into it: a
// <script> that reached the HTML any other way has another hash and does not run.
import crypto from 'node:crypto';

/** A start tag `<script` followed by whitespace, `>` or `/`, case-insensitive. */
const SCRIPT_START = /<script(?=[\s>/])([^>]*)>/gi;
const SCRIPT_END = /<\/script/gi;
/** Types the browser runs (none, a JavaScript MIME type, or module); data blocks never run. */
const RUNNABLE_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript)|text\/javascript1\.[0-5])$/i;

/**
 * The sha256 hash sources ('sha256-…') of every inline script the browser would run, without
 * repeats. Works on the bytes (read as latin1, one character per byte), so the hash is of exactly
 * the UTF-8 text the browser hashes.
 */
export function inlineScriptHashes(html: Buffer): string[] {
  const text = html.toString('latin1');
  const hashes = new Set<string>();
  SCRIPT_START.lastIndex = 0;
  for (let start = SCRIPT_START.exec(text); start; start = SCRIPT_START.exec(text)) {
    const bodyStart = start.index + start[0].length;
    // Script text is raw: it ends at the first `</script`, whatever it says.
    SCRIPT_END.lastIndex = bodyStart;
    const end = SCRIPT_END.exec(text);
    const bodyEnd = end ? end.index : text.length;
    const attributes = start[1]!;
    if (!/(^|\s)src\s*=/i.test(attributes) && RUNNABLE_TYPE.test(typeOf(attributes))) {
      hashes.add(`'sha256-${crypto.createHash('sha256').update(html.subarray(bodyStart, bodyEnd)).digest('base64')}'`);
    }
    SCRIPT_START.lastIndex = bodyEnd;
  }
  return [...hashes];
}

function typeOf(attributes: string): string {
  const match = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}
