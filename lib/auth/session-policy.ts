// How long a staff session lives: at most SESSION_MAX_DAYS after sign-in (default 30), and no longer
// than SESSION_IDLE_HOURS (default 12) without a request. Pure rules, read by lib/auth/session.ts.

const HOUR_MS = 3_600_000;
const DEFAULT_MAX_DAYS = 30;
const DEFAULT_IDLE_HOURS = 12;
/** Last activity is written at most this often: the cost of the idle check is one UPDATE per session per five minutes. */
const TOUCH_EVERY_MS = 5 * 60_000;

export interface SessionLimits {
  /** From sign-in to the end, whatever the activity. */
  maxMs: number;
  /** Without a request. */
  idleMs: number;
  /** How stale lastSeenAt may get before a request writes it again. */
  touchAfterMs: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value?.trim() && Number.isFinite(n) && n > 0 ? n : fallback;
};

export function sessionLimits(env: Record<string, string | undefined> = process.env): SessionLimits {
  const maxMs = positive(env.SESSION_MAX_DAYS, DEFAULT_MAX_DAYS) * 24 * HOUR_MS;
  const idleMs = Math.min(maxMs, positive(env.SESSION_IDLE_HOURS, DEFAULT_IDLE_HOURS) * HOUR_MS);
  // lastSeenAt lags the real last request by up to touchAfterMs, so a session is refused between
  // idleMs - touchAfterMs and idleMs after its last request: the idle timeout is precise to five
  // minutes (to a quarter of it when it is shorter than twenty minutes, so that a session in use
  // is never taken for idle).
  return { maxMs, idleMs, touchAfterMs: Math.min(TOUCH_EVERY_MS, idleMs / 4) };
}

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/**
 * live, expired (past its absolute end: the date set at sign-in, or SESSION_MAX_DAYS after sign-in
 * if that is sooner, so that shortening the setting applies to open sessions), or idle.
 */
export function sessionState(session: SessionTimes, now: Date, limits: SessionLimits): 'live' | 'expired' | 'idle' {
  const t = now.getTime();
  if (t >= session.expiresAt.getTime() || t - session.createdAt.getTime() >= limits.maxMs) return 'expired';
  if (t - session.lastSeenAt.getTime() >= limits.idleMs) return 'idle';
  return 'live';
}

/** Whether this request should record the session's activity. */
export function needsTouch(session: SessionTimes, now: Date, limits: SessionLimits): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= limits.touchAfterMs;
}

/** What a live session satisfies at `now`, for queries: expiresAt > now, lastSeenAt > idleBefore, createdAt > createdAfter. */
export interface LiveBounds {
  now: Date;
  idleBefore: Date;
  createdAfter: Date;
}

export function liveBounds(now: Date, limits: SessionLimits): LiveBounds {
  return { now, idleBefore: new Date(now.getTime() - limits.idleMs), createdAfter: new Date(now.getTime() - limits.maxMs) };
}
