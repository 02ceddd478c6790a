import { describe, expect, it } from 'vitest';
import { commentsClosed, countLinks, fillTime, initialStatus } from './policy';

const settings = { commentsEnabled: true, autoApproveKnown: true, commentsCloseAfterDays: 30 };
const now = new Date('2026-06-15T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe('commentsClosed', () => {
  it('is open on a fresh article', () => expect(commentsClosed({ commentsOpen: true, publishedAt: daysAgo(2) }, settings, now)).toBe(false));
  it('closes per article', () => expect(commentsClosed({ commentsOpen: false, publishedAt: daysAgo(2) }, settings, now)).toBe(true));
  it('closes after the configured number of days', () => expect(commentsClosed({ commentsOpen: true, publishedAt: daysAgo(31) }, settings, now)).toBe(true));
  it('never closes by age when the setting is 0', () =>
    expect(commentsClosed({ commentsOpen: true, publishedAt: daysAgo(900) }, { ...settings, commentsCloseAfterDays: 0 }, now)).toBe(false));
  it('closes everywhere when comments are disabled', () =>
    expect(commentsClosed({ commentsOpen: true, publishedAt: daysAgo(1) }, { ...settings, commentsEnabled: false }, now)).toBe(true));
});

describe('initialStatus', () => {
  it('holds a first comment for moderation', () => expect(initialStatus({ knownCommenter: false, body: 'رأي', website: null }, settings)).toBe('PENDING'));
  it('approves a known commenter', () => expect(initialStatus({ knownCommenter: true, body: 'رأي', website: null }, settings)).toBe('APPROVED'));
  it('holds a known commenter when the setting is off', () =>
    expect(initialStatus({ knownCommenter: true, body: 'رأي', website: null }, { ...settings, autoApproveKnown: false })).toBe('PENDING'));
  it('holds more than two links even from a known commenter', () => {
    const body = 'انظروا https://a.example و http://b.example و www.c.example';
    expect(countLinks(body)).toBe(3);
    expect(initialStatus({ knownCommenter: true, body, website: null }, settings)).toBe('PENDING');
  });
});

describe('fillTime', () => {
  const t = now.getTime();
  it('lets readers without JavaScript through', () => expect(fillTime(null, t)).toBe('ok'));
  it('refuses a submission under three seconds', () => expect(fillTime(String(t - 1200), t)).toBe('too-fast'));
  it('accepts a human pace', () => expect(fillTime(String(t - 25_000), t)).toBe('ok'));
  it('spots a forged stamp', () => {
    expect(fillTime('hello', t)).toBe('forged');
    expect(fillTime(String(t + 60_000), t)).toBe('forged');
  });
});
