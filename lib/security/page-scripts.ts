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

/** One plain inline script (no attributes), its text up to the first `</script`. */
const PLAIN_SCRIPT = /<script>([^<]*(?:<(?!\/script)[^<]*)*)<\/script>/g;
/** Next's flight data: the `[0]` that starts it, then `self.__next_f.push([1,"…"])` per chunk. */
const FLIGHT_DATA = /^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)|self\.__next_f\.push\(\[\d,"(?:[^"\\]|\\.)*"\]\))$/;

/**
 * A stored page with each run of adjacent flight-data scripts as one script. Next writes its payload
 * in a script per streamed chunk (~35 on an article, side by side at the end of the page), and
 * each needed its hash in the page's policy: 2.2 KB of headers on every answer. Only scripts that
 * are nothing but flight data and stand next to each other are joined, in order, so that they run
 * as they did; everything else is left byte for byte. For whole pages only (the page store): a
 * page still streaming may be between two chunks.
 */
export function joinFlightScripts(html: Buffer): Buffer {
  const text = html.toString('latin1');
  let out = '';
  let copied = 0;
  let run: { start: number; end: number; bodies: string[] } | null = null;
  const flush = () => {
    if (run && run.bodies.length > 1) {
      out += `${text.slice(copied, run.start)}<script>${run.bodies.join(';')}</script>`;
      copied = run.end;
    }
    run = null;
  };
  PLAIN_SCRIPT.lastIndex = 0;
  for (let match = PLAIN_SCRIPT.exec(text); match; match = PLAIN_SCRIPT.exec(text)) {
    const end = match.index + match[0].length;
    if (!FLIGHT_DATA.test(match[1]!)) {
      flush();
      continue;
    }
    if (run && run.end === match.index) {
      run.end = end;
      run.bodies.push(match[1]!);
    } else {
      flush();
      run = { start: match.index, end, bodies: [match[1]!] };
    }
  }
  flush();
  return copied === 0 ? html : Buffer.from(out + text.slice(copied), 'latin1');
}
