import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './response-headers';

describe('the content security policy', () => {
  it("frames exactly the embed providers' frame origins, nothing else", () => {
    const frameSrc = /(?:^|; )frame-src ([^;]*)/.exec(contentSecurityPolicy([], true))?.[1]?.split(' ');
    expect(frameSrc?.sort()).toEqual([
      'https://platform.twitter.com',
      'https://www.facebook.com',
      'https://www.instagram.com',
      'https://www.tiktok.com',
      'https://www.youtube-nocookie.com',
    ]);
  });
});
