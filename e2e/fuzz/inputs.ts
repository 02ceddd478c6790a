// Hostile and malformed inputs, generated from a seed so that a failure can be replayed
// (FUZZ_SEED). Every HTML payload marks what it would create with data-fuzz or window.__fuzz,
// so the test can prove none of it ever renders as markup or runs.

/** mulberry32: small, fast, good enough to spread inputs. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof prng>;

export const MARKUP = [
  '<script>window.__fuzz=1</script>',
  '<img src=x onerror="window.__fuzz=1" data-fuzz>',
  '"><svg data-fuzz onload="window.__fuzz=1">',
  "'><b data-fuzz>bold</b>",
  '<a href="javascript:window.__fuzz=1" data-fuzz>x</a>',
  '[اضغط](javascript:window.__fuzz=1)',
  '<iframe data-fuzz src="https://evil.example"></iframe>',
  '<style>body{display:none}</style><p data-fuzz>',
  '</textarea><div data-fuzz>',
  '{{constructor.constructor("window.__fuzz=1")()}}',
  '</script><script>window.__fuzz=1</script>',
  '&lt;script&gt;window.__fuzz=1&lt;/script&gt;',
];

const SQL = [
  "' OR '1'='1",
  '"; DROP TABLE "Article"; --',
  '1; DELETE FROM Comment WHERE 1=1 --',
  "%' UNION SELECT passwordHash FROM User --",
  "\\'; SELECT pg_sleep(5); --",
  '*/ OR 1=1 /*',
];
const BIDI = ['\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E'];
const ODD = ['\u0000', '\u0000\u0000', '\uD800', '\uDFFF', '\uFFFD', '\u0008', '\r\n', '\t', '%00', '%n%s%x', '${7*7}', '../../etc/passwd', '\\x00'];
const NUMBERS = ['-1', '0', '1', '2147483648', '9007199254740993', '1e309', 'NaN', 'Infinity', '-0', '0x1F', '1.5', '٣', ' 1 ', ''];
const WORDS = ['الماء', 'أزغار', 'مدينة', 'تعليق', 'Le marché', 'news', 'مَرْحَبًا', 'ـــــ', '١٢٣', '😀', '🇲🇦', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'];

/** A code point from anywhere in Unicode, biased towards Arabic and the awkward planes. */
function randomCodePoint(r: Random): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0x600, 0x6ff],
    [0x750, 0x77f],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
    [0x0, 0x1f],
    [0x80, 0x24f],
    [0x4e00, 0x9fff],
    [0x1f300, 0x1faff],
    [0xe000, 0xf8ff],
    [0x10000, 0x10ffff],
  ];
  const [lo, hi] = r.pick(ranges);
  return String.fromCodePoint(lo + r.int(hi - lo + 1));
}

/** One hostile string: short or very long, mixing markup, SQL, bidi controls, NUL and noise. */
export function hostileString(r: Random): string {
  const kind = r.int(10);
  if (kind === 0) return r.pick(MARKUP);
  if (kind === 1) return r.pick(SQL);
  if (kind === 2) return r.pick(NUMBERS);
  if (kind === 3) return 'x'.repeat(r.pick([256, 5001, 20_000, 100_000]));
  const parts: string[] = [];
  const length = 1 + r.int(kind === 9 ? 400 : 24);
  for (let i = 0; i < length; i++) {
    const piece = r.int(8);
    parts.push(
      piece === 0
        ? r.pick(BIDI)
        : piece === 1
          ? r.pick(INVISIBLE)
          : piece === 2
            ? r.pick(ODD)
            : piece === 3
              ? r.pick(MARKUP)
              : piece === 4
                ? r.pick(WORDS)
                : randomCodePoint(r),
    );
  }
  return parts.join(r.int(3) === 0 ? ' ' : '');
}

/** A form: known fields with hostile or plausible values, some dropped, some unknown added. */
export function hostileForm(r: Random, fields: Record<string, string>): Record<string, string | Blob> {
  const form: Record<string, string | Blob> = {};
  for (const [name, plausible] of Object.entries(fields)) {
    const roll = r.int(10);
    if (roll === 0) continue; // missing
    form[name] = roll < 4 ? plausible : roll === 4 ? new Blob([hostileString(r)], { type: 'text/plain' }) : hostileString(r);
  }
  if (r.int(4) === 0) form[hostileString(r).slice(0, 40) || 'extra'] = hostileString(r);
  return form;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An upload that is not what it says it is, or not an image at all. */
export function hostileUpload(r: Random): Blob & { name?: string } {
  const body = r.pick([
    () => Buffer.alloc(0),
    () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__fuzz=1"><script>window.__fuzz=1</script></svg>'),
    () => Buffer.concat([PNG_SIGNATURE, Buffer.from(Array.from({ length: 2000 }, () => r.int(256)))]),
    () => Buffer.from('GIF89a<script>window.__fuzz=1</script>'),
    () => Buffer.from(Array.from({ length: 50_000 }, () => r.int(256))),
    () => Buffer.from('%PDF-1.4 not an image'),
    () => Buffer.from('\u0000'.repeat(1000)),
  ])();
  const type = r.pick(['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'text/html', 'application/octet-stream', '']);
  const name = r.pick(['photo.png', 'صورة.jpg', '../../../etc/passwd', 'x.svg', 'a'.repeat(300) + '.png', 'image.php.png', '']);
  return new File([body], name, { type });
}
