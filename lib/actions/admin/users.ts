'use server';

import { refreshTags } from '@/lib/cache/refresh';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { startSession } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache-tags';
import { recordAudit } from '@/lib/data/audit';
import { deleteUserSessions } from '@/lib/data/sessions';
import { createUser, EmailTakenError, findPasswordHash, setPasswordHash, updateProfile, updateUserAccess } from '@/lib/data/users';
import { slugify } from '@/lib/text/slug';
import { NewUserSchema, PasswordChangeSchema, ProfileSchema, UserAccessSchema } from '@/lib/validation/users';
import { redirect } from '@/i18n/navigation';
import { staffAction } from './staff-action';

export const createUserAction = staffAction('createUserAction', NewUserSchema, async (user, input) => {
  try {
    const created = await createUser({
      name: input.name,
      email: input.email,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      slug: slugify(input.email.split('@')[0]!) || `user-${Date.now().toString(36)}`,
    });
    await recordAudit(user.id, 'user.create', 'user', created.id, { email: input.email, role: input.role });
    return { status: 'ok', message: 'created', id: created.id };
  } catch (e) {
    if (e instanceof EmailTakenError)
      return { status: 'error', message: 'checkFields', errors: { email: ['emailTaken'] }, values: { name: input.name, email: input.email, role: input.role } };
    throw e;
  }
});

/** Role and active flag. Deactivating ends every session of the account at once. */
export const updateUserAccessAction = staffAction('updateUserAccessAction', UserAccessSchema, async (user, input) => {
  if (input.id === user.id) return { status: 'error', message: 'selfChange' };
  if (!(await updateUserAccess(input.id, { role: input.role, active: input.active }))) return { status: 'error', message: 'notFound' };
  if (!input.active) await deleteUserSessions(input.id);
  await recordAudit(user.id, 'user.access', 'user', input.id, { role: input.role, active: input.active });
  await refreshTags([cacheTags.author(input.id)]);
  return { status: 'ok', message: 'saved', id: input.id };
});

/** Everyone edits their own profile (name, bio, interface language). */
export const updateProfileAction = staffAction('updateProfileAction', ProfileSchema, async (user, input) => {
  await updateProfile(user.id, input);
  await recordAudit(user.id, 'user.profile', 'user', user.id);
  await refreshTags([cacheTags.author(user.id)]);
  // The admin follows the staff member's language: a new choice takes effect at once.
  if (input.locale !== user.locale) redirect({ href: '/admin/account', locale: input.locale });
  return { status: 'ok', message: 'saved', id: user.id };
});

/** A new password ends every session, then opens a fresh one for this browser. */
export const changePasswordAction = staffAction('changePasswordAction', PasswordChangeSchema, async (user, input) => {
  const current = await findPasswordHash(user.id);
  if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
    return { status: 'error', message: 'checkFields', errors: { currentPassword: ['passwordWrong'] } };
  }
  await setPasswordHash(user.id, await hashPassword(input.newPassword));
  await deleteUserSessions(user.id);
  await startSession(user.id);
  await recordAudit(user.id, 'user.password', 'user', user.id);
  return { status: 'ok', message: 'passwordChanged', id: user.id };
});
