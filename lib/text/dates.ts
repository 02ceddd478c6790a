// Dates the way Moroccan readers write them: «الجمعة 26 يوليوز 2024 - 10:05», Western digits,
// Casablanca time, with the Hijri date beside it («20 محرم 1446 هـ»).
export const NEWSROOM_TIME_ZONE = 'Africa/Casablanca';

const INTL_LOCALE: Record<string, string> = { ar: 'ar-MA', fr: 'fr-MA', en: 'en-GB' };
const intlLocale = (locale: string) => INTL_LOCALE[locale] ?? locale;

// Building an Intl.DateTimeFormat costs far more than using one (a page formats dozens of dates),
// so each locale and set of options gets one.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: NEWSROOM_TIME_ZONE, numberingSystem: 'latn', ...options })));
  return format;
}

function parts(date: Date, locale: string, options: Intl.DateTimeFormatOptions) {
  const all = formatter(intlLocale(locale), options).formatToParts(date);
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
  return formatter(`${intlLocale(locale)}-u-ca-islamic-umalqura`, { day: 'numeric', month, year: 'numeric' }).format(date);
}

/** The calendar day in Casablanca as YYYY-MM-DD (keys of daily read counts). */
export function newsroomDay(date: Date): string {
  const p = parts(date, 'en', { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * The instants at which `count` Casablanca days begin, from the one that holds `from`. Found hour by
 * hour: the city's offset from UTC is a whole number of hours (+1, +0 in Ramadan).
 */
export function newsroomDayStarts(from: Date, count: number): Date[] {
  const hour = 3_600_000;
  let t = Math.floor(from.getTime() / hour) * hour;
  const day = newsroomDay(new Date(t));
  while (newsroomDay(new Date(t - hour)) === day) t -= hour;
  const starts = [new Date(t)];
  while (starts.length < count) {
    const current = newsroomDay(new Date(t));
    while (newsroomDay(new Date(t)) === current) t += hour;
    starts.push(new Date(t));
  }
  return starts;
}

/** The top bar's date line for one Casablanca day, and the instants it holds for. */
export interface DayLine {
  from: number;
  to: number;
  /** YYYY-MM-DD, for the time element. */
  day: string;
  date: string;
  hijri: string;
  /** French and English on phones, where the long forms do not fit. */
  dateShort?: string;
  hijriShort?: string;
}

/** The top bar's line for the day that holds `date`, formatted in the reader's browser if need be. */
export function dayLine(date: Date, locale: string, from = 0, to = 0): DayLine {
  const short = locale !== 'ar';
  return {
    from,
    to,
    day: newsroomDay(date),
    date: formatLongDate(date, locale),
    hijri: formatHijri(date, locale),
    ...(short ? { dateShort: formatShortDate(date, locale), hijriShort: formatHijri(date, locale, 'short') } : {}),
  };
}

/**
 * The lines of today and tomorrow (the frame is cached for hours, not days), made with the page: a
 * reader's browser picks today's by its clock without building a date formatter, which costs a
 * phone tens of milliseconds on first use.
 */
export function dayLines(now: Date, locale: string, days = 2): DayLine[] {
  const starts = newsroomDayStarts(now, days + 1);
  return starts.slice(0, days).map((start, i) => dayLine(new Date(start.getTime() + 12 * 3_600_000), locale, start.getTime(), starts[i + 1]!.getTime()));
}
