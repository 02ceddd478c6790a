import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { DIRECTION } from '@/i18n/routing';

const MESSAGES: Record<string, { Admin: { forbidden: { title: string; text: string; back: string } } }> = { ar, fr, en };

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The proxy's 403 page: a plain document in the admin's language (a rewrite cannot carry a 403). */
export function forbiddenResponse(locale: string): Response {
  const t = (MESSAGES[locale] ?? ar).Admin.forbidden;
  const home = locale === 'ar' ? '/admin' : `/${locale}/admin`;
  const html = `<!doctype html><html lang="${locale}" dir="${DIRECTION[locale] ?? 'rtl'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.title)}</title>
<style>body{font-family:system-ui,Tahoma,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1rem;text-align:center;line-height:1.8}a{display:inline-block;margin-top:2rem;padding:.6rem 1.5rem;background:#a4161a;color:#fff;border-radius:.4rem;text-decoration:none}</style>
</head><body><h1>${escape(t.title)}</h1><p>${escape(t.text)}</p><a href="${home}">${escape(t.back)}</a></body></html>`;
  return new Response(html, { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}
