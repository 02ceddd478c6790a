import 'server-only';
import crypto from 'node:crypto';
import { deleteOtherSessions, deleteUserSession, listUserSessions } from '@/lib/data/sessions';
import { appSecret } from '@/lib/security/app-secret';
import { describeUserAgent } from './device';
import { currentSessionId } from './session';
import { liveBounds, sessionLimits } from './session-policy';

// The account page's list of the staff member's own sessions. A session is named in the page by a
// keyed hash of its stored id: the page never carries the id itself, and a handle names nothing
// outside its owner's list.
const handleOf = (id: string) => crypto.createHmac('sha256', appSecret()).update(`session:${id}`).digest('base64url').slice(0, 22);

export async function accountSessions(userId: number) {
  const [rows, current] = await Promise.all([listUserSessions(userId, liveBounds(new Date(), sessionLimits())), currentSessionId()]);
  const sessions = rows.map((s) => ({
    handle: handleOf(s.id),
    device: describeUserAgent(s.userAgent),
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    ipAddress: s.ipAddress || null,
    current: s.id === current,
  }));
  // This device first, then the others by their last activity.
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}

export type AccountSession = Awaited<ReturnType<typeof accountSessions>>[number];

/** Ends another session of this user, named by its handle. */
export async function endAccountSession(userId: number, handle: string): Promise<{ result: 'ended'; userAgent: string } | { result: 'current' | 'notFound' }> {
  const [rows, current] = await Promise.all([listUserSessions(userId, liveBounds(new Date(), sessionLimits())), currentSessionId()]);
  const target = rows.find((s) => handleOf(s.id) === handle);
  if (!target) return { result: 'notFound' };
  if (target.id === current) return { result: 'current' };
  return (await deleteUserSession(userId, target.id)) ? { result: 'ended', userAgent: target.userAgent } : { result: 'notFound' };
}

/** Ends every session of this user but the one of this request; how many ended, or null without one. */
export async function endOtherAccountSessions(userId: number): Promise<number | null> {
  const current = await currentSessionId();
  return current ? deleteOtherSessions(userId, current) : null;
}
