import { describe, expect, it } from 'vitest';
import { liveBounds, needsTouch, sessionLimits, sessionState } from './session-policy';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = new Date('2026-06-15T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
/** A session that began at T0 with the default 30-day end, last seen `seen` ms after T0. */
const session = (seen = 0, expiresAfter = 30 * DAY) => ({ createdAt: T0, lastSeenAt: at(seen), expiresAt: at(expiresAfter) });

describe('session limits', () => {
  it('default to 30 days from sign-in and 12 hours without a request', () => {
    expect(sessionLimits({})).toEqual({ maxMs: 30 * DAY, idleMs: 12 * HOUR, touchAfterMs: 5 * 60_000 });
  });

  it('read SESSION_MAX_DAYS and SESSION_IDLE_HOURS, ignoring values that are not positive numbers', () => {
    expect(sessionLimits({ SESSION_MAX_DAYS: '7', SESSION_IDLE_HOURS: '2' })).toMatchObject({ maxMs: 7 * DAY, idleMs: 2 * HOUR });
    expect(sessionLimits({ SESSION_MAX_DAYS: '0', SESSION_IDLE_HOURS: '-1' })).toMatchObject({ maxMs: 30 * DAY, idleMs: 12 * HOUR });
    expect(sessionLimits({ SESSION_MAX_DAYS: 'soon', SESSION_IDLE_HOURS: ' ' })).toMatchObject({ maxMs: 30 * DAY, idleMs: 12 * HOUR });
    expect(sessionLimits({ SESSION_IDLE_HOURS: '0.5' })).toMatchObject({ idleMs: HOUR / 2 });
  });

  it('never let the idle timeout outlast the session, nor the touch interval reach a quarter of it', () => {
    expect(sessionLimits({ SESSION_MAX_DAYS: '0.25', SESSION_IDLE_HOURS: '12' })).toMatchObject({ maxMs: 6 * HOUR, idleMs: 6 * HOUR });
    expect(sessionLimits({ SESSION_IDLE_HOURS: String(8 / 60) }).touchAfterMs).toBe(2 * 60_000);
  });
});

describe('a session', () => {
  const limits = sessionLimits({});

  it('is live while used, up to its absolute end', () => {
    expect(sessionState(session(), at(HOUR), limits)).toBe('live');
    expect(sessionState(session(30 * DAY - HOUR), at(30 * DAY - 1), limits)).toBe('live');
    expect(sessionState(session(30 * DAY - HOUR), at(30 * DAY), limits)).toBe('expired');
  });

  it('is idle 12 hours after its last recorded request, not a moment before', () => {
    expect(sessionState(session(2 * HOUR), at(14 * HOUR - 1), limits)).toBe('live');
    expect(sessionState(session(2 * HOUR), at(14 * HOUR), limits)).toBe('idle');
    expect(sessionState(session(), at(3 * DAY), limits)).toBe('idle');
  });

  it('ends SESSION_MAX_DAYS after sign-in even if it was given a later end (the setting was shortened)', () => {
    const shorter = sessionLimits({ SESSION_MAX_DAYS: '7' });
    expect(sessionState(session(7 * DAY - HOUR), at(7 * DAY - 1), shorter)).toBe('live');
    expect(sessionState(session(7 * DAY - HOUR), at(7 * DAY), shorter)).toBe('expired');
  });

  it('ends at its stored end even if the setting was lengthened since', () => {
    const longer = sessionLimits({ SESSION_MAX_DAYS: '90' });
    expect(sessionState(session(30 * DAY - HOUR, 30 * DAY), at(30 * DAY), longer)).toBe('expired');
  });

  it('records activity at most every five minutes, so idle time is measured to five minutes', () => {
    expect(needsTouch(session(), at(5 * 60_000 - 1), limits)).toBe(false);
    expect(needsTouch(session(), at(5 * 60_000), limits)).toBe(true);
    // Used every four minutes for a day: written every eight, never idle.
    let s = session();
    for (let t = 0; t <= DAY; t += 4 * 60_000) {
      expect(sessionState(s, at(t), limits)).toBe('live');
      if (needsTouch(s, at(t), limits)) s = { ...s, lastSeenAt: at(t) };
      expect(t - (s.lastSeenAt.getTime() - T0.getTime())).toBeLessThan(limits.touchAfterMs);
    }
  });

  it('has the same bounds in queries as in the rule', () => {
    const now = at(20 * HOUR);
    const bounds = liveBounds(now, limits);
    for (const seen of [8 * HOUR - 1, 8 * HOUR, 8 * HOUR + 1]) {
      const s = session(seen);
      expect(sessionState(s, now, limits) === 'live', String(seen)).toBe(
        s.lastSeenAt > bounds.idleBefore && s.createdAt > bounds.createdAfter && s.expiresAt > bounds.now,
      );
    }
  });
});
