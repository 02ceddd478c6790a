import { describe, expect, it } from 'vitest';
import { checkNextInternals, nextInternalsProblems, nextTags } from './next-internals.mjs';

describe('Next.js internals used by the shared cache', () => {
  it('are all present in the installed Next.js', () => {
    expect(nextInternalsProblems()).toEqual([]);
    expect(() => checkNextInternals()).not.toThrow();
  });

  it('name what broke when an upgrade reshapes them', () => {
    const reshaped = { tagsManifest: nextTags.tagsManifest, areTagsExpired: nextTags.areTagsExpired };
    expect(() => checkNextInternals(reshaped)).toThrow(/Next\.js [\d.]+ changed internals[\s\S]*areTagsStale\(\)/);
    expect(nextInternalsProblems({})).toHaveLength(3);
  });
});
