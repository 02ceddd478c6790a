import { describe, expect, it } from 'vitest';
import { COMMENT_LIMITS, HONEYPOT_FIELD, STARTED_AT_FIELD } from '@/lib/validation/comment-fields';
import { MAX_UPLOAD_MB } from '@/lib/validation/media';
import { encodeActionArgs } from '@/scripts/lib/server-action';
import nextConfig from '@/next.config.js';
import { API_BODY_LIMIT, API_BODY_LIMITS, bodyLimitFor, FORM_BODY_LIMIT, STAFF_BODY_LIMIT } from './body-limits';

const SESSION = 'theme=dark; portal_session=abc';

describe('bodyLimitFor', () => {
  it('gives public pages and their actions the form limit', () => {
    for (const path of ['/', '/news/1/slug', '/fr/news/1/slug', '/en/search', '/wp-content/x']) {
      expect(bodyLimitFor(path, undefined), path).toBe(FORM_BODY_LIMIT);
      expect(bodyLimitFor(path, SESSION), path).toBe(FORM_BODY_LIMIT);
    }
  });

  it('gives the sign-in steps and the password reset the form limit, even with a session cookie', () => {
    for (const path of ['/admin/login', '/fr/admin/login/two-factor', '/admin/password/forgot', '/en/admin/password/reset/abc-123']) {
      expect(bodyLimitFor(path, SESSION), path).toBe(FORM_BODY_LIMIT);
    }
  });

  it('gives the upload limit on admin pages only to callers with a session cookie', () => {
    for (const path of ['/admin', '/admin/media', '/fr/admin/articles/12', '/en/admin/settings']) {
      expect(bodyLimitFor(path, SESSION), path).toBe(STAFF_BODY_LIMIT);
      expect(bodyLimitFor(path, '__Host-portal_session=abc'), path).toBe(STAFF_BODY_LIMIT);
      expect(bodyLimitFor(path, undefined), path).toBe(FORM_BODY_LIMIT);
      expect(bodyLimitFor(path, 'my_comments=abc; __prerender_bypass=1'), path).toBe(FORM_BODY_LIMIT);
    }
    // Not an admin page: a path that merely starts with the word.
    expect(bodyLimitFor('/administration', SESSION)).toBe(FORM_BODY_LIMIT);
  });

  it('holds every /api request to the largest route limit', () => {
    expect(API_BODY_LIMIT).toBe(API_BODY_LIMITS.revalidate);
    for (const path of ['/api/reads', '/api/comments/mine', '/api/internal/tick', '/api/unknown']) {
      expect(bodyLimitFor(path, SESSION), path).toBe(API_BODY_LIMIT);
    }
  });
});

describe('the limits', () => {
  it('let staff upload the largest image with its form, as next.config.js lets actions read', () => {
    expect(STAFF_BODY_LIMIT).toBeGreaterThan(MAX_UPLOAD_MB * 2 ** 20 + FORM_BODY_LIMIT);
    const { experimental } = (
      nextConfig as unknown as (phase: string) => { experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string } }
    )('phase-production-build');
    // Next reads '11mb' as 11 × 2^20 bytes.
    expect(experimental.serverActions.bodySizeLimit).toBe(`${STAFF_BODY_LIMIT / 2 ** 20}mb`);
    expect(experimental.proxyClientMaxBodySize).toBe(`${STAFF_BODY_LIMIT / 2 ** 20}mb`);
  });

  it('leave room for the largest comment the form lets a reader type', async () => {
    // Every field at its maxlength, each character 3 bytes in UTF-8 (the most a character the
    // form counts as one takes), sent the way the browser sends the action.
    const wide = (n: number) => '€'.repeat(n);
    const form = await encodeActionArgs({
      articleId: '2147483647',
      parentId: '2147483647',
      [STARTED_AT_FIELD]: String(Date.now()),
      [HONEYPOT_FIELD]: '',
      body: wide(COMMENT_LIMITS.body),
      name: wide(COMMENT_LIMITS.name),
      email: wide(COMMENT_LIMITS.email),
      website: wide(COMMENT_LIMITS.website),
    });
    const sent = (await new Response(form).arrayBuffer()).byteLength;
    expect(sent).toBeGreaterThan(3 * COMMENT_LIMITS.body);
    expect(sent * 3).toBeLessThan(FORM_BODY_LIMIT);
  });
});
