// Who may do what. Pure functions, used by pages (what to show) and actions (what to allow).
import type { ArticleStatus, Role } from '@/lib/generated/sqlite/enums';

export const ROLES = ['ADMIN', 'EDITOR', 'AUTHOR', 'CONTRIBUTOR'] as const satisfies readonly Role[];

export type Permission =
  | 'admin:access' // the dashboard, own articles, media upload
  | 'articles:edit-any' // every article, whoever wrote it
  | 'articles:publish-own' // publish, schedule, unpublish and delete their own
  | 'comments:moderate'
  | 'taxonomy:manage' // categories and tags
  | 'media:manage' // edit and delete anyone's media
  | 'redirects:manage' // old addresses and where they go
  | 'users:manage'
  | 'settings:manage'
  | 'audit:read';

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: [
    'admin:access',
    'articles:edit-any',
    'articles:publish-own',
    'comments:moderate',
    'taxonomy:manage',
    'media:manage',
    'redirects:manage',
    'users:manage',
    'settings:manage',
    'audit:read',
  ],
  EDITOR: ['admin:access', 'articles:edit-any', 'articles:publish-own', 'comments:moderate', 'taxonomy:manage', 'media:manage', 'redirects:manage'],
  AUTHOR: ['admin:access', 'articles:publish-own'],
  CONTRIBUTOR: ['admin:access'],
};

export interface Actor {
  id: number;
  role: Role;
}

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role].includes(permission);
}

type ArticleRef = { authorId: number; status: ArticleStatus };

const unpublished = (status: ArticleStatus) => status === 'DRAFT' || status === 'REVIEW';

/** Editors and admins edit everything; authors their own; contributors their own drafts and submissions. */
export function canEditArticle(actor: Actor, article: ArticleRef): boolean {
  if (can(actor, 'articles:edit-any')) return true;
  if (article.authorId !== actor.id) return false;
  return can(actor, 'articles:publish-own') || unpublished(article.status);
}

/** Publishing, scheduling and unpublishing. */
export function canPublishArticle(actor: Actor, article: { authorId: number }): boolean {
  return can(actor, 'articles:edit-any') || (can(actor, 'articles:publish-own') && article.authorId === actor.id);
}

/** Whoever may publish it; and a contributor their own article until it is scheduled or published. */
export function canDeleteArticle(actor: Actor, article: ArticleRef): boolean {
  return canPublishArticle(actor, article) || (article.authorId === actor.id && unpublished(article.status));
}
