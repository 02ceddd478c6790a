import { describe, expect, it } from 'vitest';
import { utcToZoned, zonedToUtc } from './zoned-time';

describe('Casablanca wall time', () => {
  it('is UTC+1 most of the year', () => {
    expect(zonedToUtc('2026-07-14T09:30')!.toISOString()).toBe('2026-07-14T08:30:00.000Z');
    expect(utcToZoned(new Date('2026-07-14T08:30:00Z'))).toBe('2026-07-14T09:30');
  });

  it('is UTC+0 during Ramadan', () => {
    // Ramadan 1447 runs through most of March 2026, when Morocco sets its clocks back an hour.
    expect(zonedToUtc('2026-03-01T12:00')!.toISOString()).toBe('2026-03-01T12:00:00.000Z');
  });

  it('round-trips', () => {
    for (const local of ['2026-01-05T23:59', '2026-11-29T00:00', '2027-06-01T15:15']) expect(utcToZoned(zonedToUtc(local)!)).toBe(local);
  });

  it('rejects what a datetime-local input never sends', () => {
    expect(zonedToUtc('tomorrow')).toBeNull();
    expect(zonedToUtc('2026-07-14 09:30')).toBeNull();
  });
});
