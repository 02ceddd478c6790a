import type messages from '@/messages/ar.json';

// Every action the audit log records, each named in the admin's languages (Admin.audit.actions,
// with «.» and «-» written «_»): lib/data/audit-actions.test.ts holds both lists together.
export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.recovery-code',
  'auth.session-end',
  'auth.sessions-end-others',
  'user.create',
  'user.access',
  'user.profile',
  'user.password',
  'user.password-reset',
  'user.2fa-enable',
  'user.2fa-disable',
  'user.2fa-reset',
  'user.2fa-recovery-codes',
  'settings.update',
  'article.save',
  'article.review',
  'article.schedule',
  'article.publish',
  'article.unpublish',
  'article.delete',
  'article.restore-revision',
  'article.scheduled-publish',
  'media.upload',
  'media.update',
  'media.delete',
  'comment.approved',
  'comment.pending',
  'comment.spam',
  'comment.trash',
  'comment.reply',
  'redirect.create',
  'redirect.update',
  'redirect.delete',
  'category.create',
  'category.update',
  'category.delete',
  'tag.update',
  'tag.approve',
  'tag.delete',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = ['article', 'user', 'comment', 'media', 'redirect', 'category', 'tag', 'settings'] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The messages key of an action or an entity: keys cannot hold dots. */
export const auditMessageKey = (value: string) => value.replace(/[.-]/g, '_');

type AuditMessages = (typeof messages)['Admin']['audit'];

/** The «Admin.audit» key naming a recorded action; null for one this version does not know. */
export function auditActionKey(action: string): `actions.${keyof AuditMessages['actions']}` | null {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? (`actions.${auditMessageKey(action)}` as `actions.${keyof AuditMessages['actions']}`) : null;
}

/** The «Admin.audit» key naming a kind of item; null for one this version does not know. */
export function auditEntityKey(entity: string): `entities.${keyof AuditMessages['entities']}` | null {
  return (AUDIT_ENTITIES as readonly string[]).includes(entity)
    ? (`entities.${auditMessageKey(entity)}` as `entities.${keyof AuditMessages['entities']}`)
    : null;
}
