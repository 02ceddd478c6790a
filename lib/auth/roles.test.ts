import { describe, expect, it } from 'vitest';
import { can, canDeleteArticle, canEditArticle, canPublishArticle, ROLES, type Permission } from './roles';

// The newsroom's rules, written out once as a table: who may do what.
const MATRIX: Record<Permission, readonly (typeof ROLES)[number][]> = {
  'admin:access': ['ADMIN', 'EDITOR', 'AUTHOR', 'CONTRIBUTOR'],
  'articles:edit-any': ['ADMIN', 'EDITOR'],
  'articles:publish-own': ['ADMIN', 'EDITOR', 'AUTHOR'],
  'comments:moderate': ['ADMIN', 'EDITOR'],
  'taxonomy:manage': ['ADMIN', 'EDITOR'],
  'media:manage': ['ADMIN', 'EDITOR'],
  'redirects:manage': ['ADMIN', 'EDITOR'],
  'users:manage': ['ADMIN'],
  'settings:manage': ['ADMIN'],
  'audit:read': ['ADMIN'],
};

describe('roles', () => {
  for (const [permission, allowed] of Object.entries(MATRIX) as [Permission, readonly string[]][]) {
    it(`${permission}: ${allowed.join(', ')}`, () => {
      for (const role of ROLES) expect(can({ id: 1, role }, permission), role).toBe(allowed.includes(role));
    });
  }

  const me = 7;
  const other = 8;
  const statuses = ['DRAFT', 'REVIEW', 'SCHEDULED', 'PUBLISHED'] as const;

  it('editors and admins edit, publish and delete anyone’s article in any state', () => {
    for (const role of ['ADMIN', 'EDITOR'] as const)
      for (const status of statuses) {
        const article = { authorId: other, status };
        expect(canEditArticle({ id: me, role }, article)).toBe(true);
        expect(canPublishArticle({ id: me, role }, article)).toBe(true);
        expect(canDeleteArticle({ id: me, role }, article)).toBe(true);
      }
  });

  it('authors have their own articles in every state, and nobody else’s', () => {
    for (const status of statuses) {
      expect(canEditArticle({ id: me, role: 'AUTHOR' }, { authorId: me, status })).toBe(true);
      expect(canDeleteArticle({ id: me, role: 'AUTHOR' }, { authorId: me, status })).toBe(true);
      expect(canEditArticle({ id: me, role: 'AUTHOR' }, { authorId: other, status })).toBe(false);
      expect(canDeleteArticle({ id: me, role: 'AUTHOR' }, { authorId: other, status })).toBe(false);
    }
    expect(canPublishArticle({ id: me, role: 'AUTHOR' }, { authorId: me })).toBe(true);
    expect(canPublishArticle({ id: me, role: 'AUTHOR' }, { authorId: other })).toBe(false);
  });

  it('contributors edit and delete their own drafts and submissions, never publish', () => {
    const contributor = { id: me, role: 'CONTRIBUTOR' } as const;
    for (const status of ['DRAFT', 'REVIEW'] as const) {
      expect(canEditArticle(contributor, { authorId: me, status })).toBe(true);
      expect(canDeleteArticle(contributor, { authorId: me, status })).toBe(true);
    }
    // Once an editor has scheduled or published it, it is out of their hands.
    for (const status of ['SCHEDULED', 'PUBLISHED'] as const) {
      expect(canEditArticle(contributor, { authorId: me, status })).toBe(false);
      expect(canDeleteArticle(contributor, { authorId: me, status })).toBe(false);
    }
    for (const status of statuses) expect(canDeleteArticle(contributor, { authorId: other, status })).toBe(false);
    expect(canPublishArticle(contributor, { authorId: me })).toBe(false);
  });
});
