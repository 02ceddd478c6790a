import 'server-only';
import type { z } from 'zod';
import { can } from '@/lib/auth/roles';
import { ACTION_PERMISSIONS, type AdminActionName } from './permissions';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';

import type { AdminErrorKey } from '@/lib/i18n-keys';
import { adminErrorKey } from '../error-keys';
import type { ActionState } from './action-state';

export type { ActionState };

/** FormData to a plain object; repeated names become arrays (checkbox lists). */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = form.getAll(key);
    out[key] = all.length > 1 || key.endsWith('[]') ? all : all[0];
  }
  return out;
}

/** Field names whose values never travel back to the browser, whatever the answer. */
const SECRET_FIELD = /password|secret|token|recovery|^(code|otp|totp)$/i;

/**
 * What a refused form shows again: its fields as they were sent, without passwords and other
 * secrets (the answer is readable by whatever script runs on the page, and lands in caches and
 * logs), and without files (an upload would be sent back whole).
 */
export function echoValues(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(formObject(form))) {
    if (SECRET_FIELD.test(key)) continue;
    const kept = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : typeof value === 'string' ? value : undefined;
    if (kept !== undefined) out[key] = kept;
  }
  return out;
}

export function fieldErrors(error: z.ZodError): Record<string, AdminErrorKey[]> {
  const errors: Record<string, AdminErrorKey[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? 'form')] ??= []).push(adminErrorKey(issue.message));
  return errors;
}

/**
 * Builds an admin server action. Server actions are public endpoints, so every one checks, in this
 * order and on every call: a live session, the permission, then the input against its schema.
 * Only then does the handler run (and it checks ownership rules itself).
 */
export function staffAction<S extends z.ZodType>(
  name: AdminActionName,
  schema: S,
  handler: (user: SessionUser, input: z.infer<S>, form: FormData) => Promise<ActionState>,
) {
  const permission = ACTION_PERMISSIONS[name];
  return async (_previous: ActionState, form: FormData): Promise<ActionState> => {
    const user = await getSessionUser();
    if (!user) return { status: 'unauthorized', message: 'signedOut' };
    if (!can(user, permission)) return { status: 'forbidden', message: 'forbidden' };
    if (!(form instanceof FormData)) return { status: 'error', message: 'invalid' };
    const parsed = schema.safeParse(formObject(form));
    if (!parsed.success) return { status: 'error', message: 'checkFields', errors: fieldErrors(parsed.error), values: echoValues(form) };
    return handler(user, parsed.data, form);
  };
}
