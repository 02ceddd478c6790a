// The direction of a line someone wrote (a headline, an excerpt, a name) inside the page.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])\p{L}/u;

/**
 * Right-to-left when the text has Arabic (or Hebrew) letters and no Latin ones, left-to-right when
 * it has only Latin letters, or none at all (digits and punctuation read as typed: «{{7*7}} ${7*7}»
 * in an Arabic card would otherwise show its brackets mirrored and moved). Mixed text follows the
 * article's language.
 */
export function textDirection(text: string, language: string): 'rtl' | 'ltr' {
  const rtl = RTL_LETTER.test(text);
  const ltr = LTR_LETTER.test(text);
  if (rtl !== ltr) return rtl ? 'rtl' : 'ltr';
  if (!rtl) return 'ltr';
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The direction a card about an article in `language` takes inside an interface in `locale`:
 * its section, meta line and headline line up on the content's side. Undefined where they agree.
 */
export function contentDirection(language: string, locale: string): 'rtl' | 'ltr' | undefined {
  const content = language === 'ar' ? 'rtl' : 'ltr';
  const page = locale === 'ar' ? 'rtl' : 'ltr';
  return content === page ? undefined : content;
}

/**
 * `lang` and `dir` for a line of `language` content in a page in `locale`, written only where they
 * differ from the page's (most cards then carry neither, and the page is that much lighter). Inside
 * a box that already turned to the content's direction (`boxDir`), `dir` is always written.
 */
export function lineAttributes(text: string, language: string, locale: string, boxDir?: 'rtl' | 'ltr'): { lang?: string; dir?: 'rtl' | 'ltr' } {
  const dir = textDirection(text, language);
  const pageDir = locale === 'ar' ? 'rtl' : 'ltr';
  return { ...(language !== locale && { lang: language }), ...((boxDir || dir !== pageDir) && { dir }) };
}
