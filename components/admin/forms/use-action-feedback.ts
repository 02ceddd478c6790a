'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE_STATE, type ActionState } from '@/lib/actions/admin/action-state';
import type { AdminErrorKey } from '@/lib/i18n-keys';

type Action<V> = (state: ActionState<V>, form: FormData) => Promise<ActionState<V>>;

/**
 * A form bound to an admin action, and what its answer says in the admin's language: the refusals
 * of each field and the form-wide one (a throttle names its minutes).
 */
export function useActionFeedback<V extends Record<string, unknown> = Record<string, unknown>>(
  action: Action<V>,
  initial: ActionState<V> = IDLE_STATE as ActionState<V>,
) {
  const t = useTranslations('Admin');
  const [state, formAction, pending] = useActionState(action, initial);
  const say = (key: AdminErrorKey) => t(`errors.${key}`, { minutes: Number(state.values?.minutes ?? 1) });
  return {
    state,
    formAction,
    pending,
    t,
    say,
    errorsOf: (field: string) => (state.errors?.[field] ?? []).map(say),
    /** The form-wide refusal; null before an answer and after a success. */
    refusal: (state.status === 'error' || state.status === 'unauthorized' || state.status === 'forbidden') && state.message ? say(state.message) : null,
  };
}
