// The 503 page the server sends while the database is out of reach: a plain document in the
// reader's interface language (taken from the path), that asks the browser to come back.
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';

// Its own namespace: the Errors strings go to the browser with every page, these need not.
const MESSAGES: Record<string, { Unavailable: { title: string; text: string }; Errors: { retry: string } }> = { ar, fr, en };

/** Seconds after which a browser or crawler should try again. */
export const RETRY_AFTER_SECONDS = 30;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailablePage(pathname: string, search = ''): { html: string; headers: Record<string, string> } {
  const locale = /^\/(fr|en)(\/|$)/.exec(pathname)?.[1] ?? 'ar';
  const { Unavailable: t, Errors: errors } = MESSAGES[locale]!;
  const html = `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.title)}</title>
<style>body{font-family:system-ui,Tahoma,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1rem;text-align:center;line-height:1.8;color:#1c1917;background:#fafaf9}a{display:inline-block;margin-top:2rem;padding:.6rem 1.5rem;background:#a4161a;color:#fff;border-radius:.4rem;text-decoration:none}</style>
</head><body><h1>${escape(t.title)}</h1><p>${escape(t.text)}</p><a href="${escape(pathname + search)}">${escape(errors.retry)}</a></body></html>`;
  return {
    html,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  };
}
