// Dates the way Moroccan readers write them: «الجمعة 26 يوليوز 2024 - 10:05», Western digits,
// Casablanca time, with the Hijri date beside it («20 محرم 1446 هـ»).
export const NEWSROOM_TIME_ZONE = 'Africa/Casablanca';

const INTL_LOCALE: Record<string, string> = { ar: 'ar-MA', fr: 'fr-MA', en: 'en-GB' };
const intlLocale = (locale: string) => INTL_LOCALE[locale] ?? locale;

function parts(date: Date, locale: string, options: Intl.DateTimeFormatOptions) {
  const all = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: NEWSROOM_TIME_ZONE,
    numberingSystem: 'latn',
    ...options,
  }).formatToParts(date);
  return Object.fromEntries(all.map((p) => [p.type, p.value])) as Record<Intl.DateTimeFormatPartTypes, string>;
}

/** «الجمعة 26 يوليوز 2024 - 10:05» (and the same order in French and English). */
export function formatDateTime(date: Date, locale: string): string {
  const p = parts(date, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${p.weekday} ${p.day} ${p.month} ${p.year} - ${p.hour}:${p.minute}`;
}

/** «14:05», Casablanca time. */
export function formatClock(date: Date, locale: string): string {
  const p = parts(date, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}`;
}

/** «26 يوليوز 2024». */
export function formatDate(date: Date, locale: string): string {
  const p = parts(date, locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.day} ${p.month} ${p.year}`;
}

/** «الجمعة 26 يوليوز 2024», for the top bar. */
export function formatLongDate(date: Date, locale: string): string {
  const p = parts(date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** «mer. 2 déc. 2026»: the top bar on phones, where the French and English long forms do not fit. */
export function formatShortDate(date: Date, locale: string): string {
  const p = parts(date, locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** The twelve month names, «يناير» to «دجنبر» in Moroccan Arabic. */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2026, i, 15))));
}

/** «20 محرم 1446 هـ» (Umm al-Qura calendar); `short` gives «22 joum. tha. 1448 AH» in French. */
export function formatHijri(date: Date, locale: string, month: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(`${intlLocale(locale)}-u-ca-islamic-umalqura`, {
    timeZone: NEWSROOM_TIME_ZONE,
    numberingSystem: 'latn',
    day: 'numeric',
    month,
    year: 'numeric',
  }).format(date);
}

// One formatter for every call: building an Intl.DateTimeFormat costs far more than using one,
// and the read beacon asks for the day on every read.
const DAY_PARTS = new Intl.DateTimeFormat('en', { timeZone: NEWSROOM_TIME_ZONE, numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Casablanca as YYYY-MM-DD (keys of daily read counts). */
export function newsroomDay(date: Date): string {
  const p = Object.fromEntries(DAY_PARTS.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

export type TimeAgo = { unit: 'now' | 'minutes' | 'hours' | 'days'; count: number } | null;

/** How long ago, for «منذ 3 ساعات»; null beyond a week, where a date reads better. */
export function timeAgo(date: Date, now: Date): TimeAgo {
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return { unit: 'now', count: 0 };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  if (minutes < 24 * 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  if (minutes < 7 * 24 * 60) return { unit: 'days', count: Math.floor(minutes / (24 * 60)) };
  return null;
}
