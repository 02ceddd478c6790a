// The forms' schemas, as the server actions see them: what they keep, what they refuse and with
// which message key (each key is a message the form shows in the reader's or editor's language).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CommentSchema } from './comment';
import { RedirectSchema } from './redirects';
import { CategorySchema } from './taxonomy';
import { MAX_PASSWORD, MIN_PASSWORD, NewUserSchema } from './users';

function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the comment form', () => {
  const valid = { articleId: '12', parentId: '', name: ' سلمى ', email: 'Salma@Example.MA', website: '', body: 'شكراً على المتابعة' };

  it('keeps a valid comment, trimmed, with the email in lower case and no parent', () => {
    expect(CommentSchema.parse(valid)).toEqual({
      articleId: 12,
      parentId: null,
      name: 'سلمى',
      email: 'salma@example.ma',
      website: null,
      body: 'شكراً على المتابعة',
    });
  });

  it('names each wrong field with its own message', () => {
    expect(errorsOf(CommentSchema, { ...valid, name: '  ', email: 'not-an-email', website: 'javascript:alert(1)', body: '' })).toEqual({
      name: 'nameRequired',
      email: 'emailInvalid',
      website: 'websiteInvalid',
      body: 'bodyRequired',
    });
    expect(errorsOf(CommentSchema, { ...valid, body: 'ب'.repeat(5001) })).toEqual({ body: 'bodyTooLong' });
  });

  it('takes the right-to-left override out of names and text', () => {
    const spoof = CommentSchema.parse({ ...valid, name: 'أحمد\u202Egnp.exe', body: 'انظر \u202Egnp.exe' });
    expect(spoof.name).not.toContain('\u202E');
    expect(spoof.body).not.toContain('\u202E');
  });
});

describe('the section form', () => {
  it('makes a slug from an Arabic name, and refuses one with spaces or slashes', () => {
    expect(CategorySchema.parse({ name: 'أخبار الجهة' }).slug).toBe('أخبار-الجهة');
    expect(errorsOf(CategorySchema, { name: 'x', slug: 'a/b c' })).toEqual({ slug: 'slugInvalid' });
    expect(errorsOf(CategorySchema, { name: 'x', position: 'two' })).toEqual({ position: 'numberInvalid' });
  });
});

describe('the redirect form', () => {
  it('stores an old address in its normal form and refuses scripts, other schemes and loops', () => {
    expect(RedirectSchema.parse({ id: '', source: '/2019/05/old-post/', target: '/news/1/x' })).toMatchObject({ id: null, target: '/news/1/x' });
    expect(errorsOf(RedirectSchema, { source: '/old', target: 'javascript:alert(1)' })).toEqual({ target: 'redirectTargetInvalid' });
    expect(errorsOf(RedirectSchema, { source: '/old', target: '//evil.example/' })).toEqual({ target: 'redirectTargetInvalid' });
    expect(errorsOf(RedirectSchema, { source: 'old', target: '/' })).toEqual({ source: 'redirectSourceInvalid' });
    expect(errorsOf(RedirectSchema, { source: '/same/', target: '/same/' })).toEqual({ target: 'redirectLoop' });
  });
});

describe('a new staff account', () => {
  const base = { name: 'Rachid', email: 'rachid@example.ma', role: 'AUTHOR' };
  it(`needs a password of ${MIN_PASSWORD} to ${MAX_PASSWORD} characters and a known role`, () => {
    expect(errorsOf(NewUserSchema, { ...base, password: 'x'.repeat(MIN_PASSWORD - 1) })).toEqual({ password: 'passwordTooShort' });
    expect(errorsOf(NewUserSchema, { ...base, password: 'x'.repeat(MAX_PASSWORD + 1) })).toEqual({ password: 'tooLong' });
    expect(errorsOf(NewUserSchema, { ...base, password: 'x'.repeat(MIN_PASSWORD), role: 'OWNER' })).toEqual({ role: 'roleInvalid' });
    expect(NewUserSchema.parse({ ...base, password: 'x'.repeat(MIN_PASSWORD) }).role).toBe('AUTHOR');
  });
});
