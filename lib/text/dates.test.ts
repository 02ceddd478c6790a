import { describe, expect, it } from 'vitest';
import { dayLines, formatDateTime, formatHijri, newsroomDay, newsroomDayStarts } from './dates';

describe('newsroom dates', () => {
  it('write dates the Moroccan way, in Casablanca time', () => {
    expect(formatDateTime(new Date('2024-07-26T09:05:00Z'), 'ar')).toBe('الجمعة 26 يوليوز 2024 - 10:05');
    expect(formatHijri(new Date('2024-07-26T09:05:00Z'), 'ar')).toMatch(/^20 محرم 1446/);
    expect(newsroomDay(new Date('2024-07-26T23:30:00Z'))).toBe('2024-07-27');
  });

  it('find where Casablanca days begin, in Ramadan (UTC+0) and outside it (UTC+1)', () => {
    expect(newsroomDayStarts(new Date('2024-07-26T12:00:00Z'), 2).map((d) => d.toISOString())).toEqual([
      '2024-07-25T23:00:00.000Z',
      '2024-07-26T23:00:00.000Z',
    ]);
    // Morocco turned its clocks back for Ramadan on 10 March 2024.
    expect(newsroomDayStarts(new Date('2024-03-20T12:00:00Z'), 1)[0]!.toISOString()).toBe('2024-03-20T00:00:00.000Z');
  });

  it('give the top bar a line for today and the next days, each holding from its midnight to the next', () => {
    const now = new Date('2026-12-02T22:30:00Z');
    const lines = dayLines(now, 'fr');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.from).toBeLessThanOrEqual(now.getTime());
    const today = lines.find((l) => l.from <= now.getTime() && now.getTime() < l.to)!;
    expect(today.day).toBe('2026-12-02');
    expect(today.date).toBe('mercredi 2 décembre 2026');
    expect(today.dateShort).toMatch(/^mer\. 2 déc\. 2026$/);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.from).toBe(lines[i - 1]!.to);
    expect(dayLines(now, 'ar')[0]!.dateShort).toBeUndefined();
  });
});
