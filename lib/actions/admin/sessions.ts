'use server';

import { z } from 'zod';
import { refresh } from 'next/cache';
import { endAccountSession, endOtherAccountSessions } from '@/lib/auth/account-sessions';
import { recordAudit } from '@/lib/data/audit';
import { SessionHandleSchema } from '@/lib/validation/auth';
import { staffAction } from './staff-action';

// The account page's list of sessions: a staff member ends their own other sessions, one by one or
// all at once. Only their own: the handle is looked up among the caller's sessions.

export const endSessionAction = staffAction('endSessionAction', SessionHandleSchema, async (user, input) => {
  const ended = await endAccountSession(user.id, input.session);
  if (ended.result !== 'ended') return { status: 'error', message: ended.result === 'current' ? 'sessionIsCurrent' : 'notFound' };
  await recordAudit(user.id, 'auth.session-end', 'user', user.id, { userAgent: ended.userAgent });
  refresh();
  return { status: 'ok', message: 'sessionEnded' };
});

export const endOtherSessionsAction = staffAction('endOtherSessionsAction', z.object({}), async (user) => {
  const ended = await endOtherAccountSessions(user.id);
  if (ended === null) return { status: 'unauthorized', message: 'signedOut' };
  await recordAudit(user.id, 'auth.sessions-end-others', 'user', user.id, { ended });
  refresh();
  return { status: 'ok', message: 'otherSessionsEnded' };
});
