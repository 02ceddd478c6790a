import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { DIRECTION } from '@/i18n/routing';
import type { Mail } from './mailer';

const MESSAGES = { ar, fr, en } as const;
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The reset mail in the staff member's own interface language, as text and as simple HTML. */
export function passwordResetMail(p: { to: string; name: string; locale: string; link: string; siteName: string; minutes: number; from: Mail['from'] }): Mail {
  const locale = (p.locale in MESSAGES ? p.locale : 'ar') as keyof typeof MESSAGES;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Admin.reset.mail' });
  const lines = [t('greeting', { name: p.name }), t('body', { siteName: p.siteName, minutes: p.minutes }), p.link, t('ignore')];
  const dir = DIRECTION[locale] ?? 'rtl';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:Tahoma,Arial,sans-serif;line-height:1.8">
<p>${escape(lines[0]!)}</p><p>${escape(lines[1]!)}</p>
<p><a href="${escape(p.link)}">${escape(t('button'))}</a></p>
<p dir="ltr" style="word-break:break-all">${escape(p.link)}</p>
<p>${escape(lines[3]!)}</p></body></html>`;
  return { to: p.to, from: p.from, subject: t('subject', { siteName: p.siteName }), text: `${lines.join('\n\n')}\n`, html };
}
