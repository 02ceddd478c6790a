// The answer of every admin action, shared with the client forms that show it.
import type { AdminErrorKey } from '@/lib/i18n-keys';
import type { ArticleDone } from '@/lib/validation/article';

/** What a successful action did; each screen names it in its own words. */
export type ActionDone =
  | 'saved'
  | 'deleted'
  | 'created'
  | 'uploaded'
  | 'restored'
  | 'replied'
  | 'approved'
  | 'done'
  | 'passwordChanged'
  | 'sessionEnded'
  | 'otherSessionsEnded'
  | 'twoFactorOn'
  | 'twoFactorOff'
  | 'twoFactorReset'
  | ArticleDone;

interface Answer<V> {
  values?: V;
  /** Id of what was created or changed. */
  id?: number;
  /** Refusals per field: keys of «Admin.errors». */
  errors?: Record<string, AdminErrorKey[]>;
}

export type ActionState<V = Record<string, unknown>> =
  | (Answer<V> & { status: 'idle'; message?: undefined })
  | (Answer<V> & { status: 'ok'; message?: ActionDone })
  | (Answer<V> & { status: 'error' | 'unauthorized' | 'forbidden'; message?: AdminErrorKey });

export const IDLE_STATE: ActionState = { status: 'idle' };
