import { describe, expect, it } from 'vitest';
import { EMBED_FRAME_ORIGINS, embedFrame, recogniseEmbed } from './embeds';

describe('recogniseEmbed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://m.youtube.com/shorts/dQw4w9WgXcQ', 'youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://twitter.com/AzgharToday/status/1790000000000000000?s=20', 'x', 'https://x.com/AzgharToday/status/1790000000000000000'],
    ['https://x.com/AzgharToday/status/1790000000000000000', 'x', 'https://x.com/AzgharToday/status/1790000000000000000'],
    ['https://www.facebook.com/AzgharToday/videos/1234567890/', 'facebook', 'https://www.facebook.com/AzgharToday/videos/1234567890'],
    ['https://www.facebook.com/watch/?v=1234567890', 'facebook', 'https://www.facebook.com/watch?v=1234567890'],
    ['https://web.facebook.com/AzgharToday/posts/pfbid02abc', 'facebook', 'https://www.facebook.com/AzgharToday/posts/pfbid02abc'],
    ['https://www.instagram.com/reel/C7abcDEF123/?igsh=x', 'instagram', 'https://www.instagram.com/reel/C7abcDEF123/'],
    ['https://www.tiktok.com/@azghar/video/7350000000000000000', 'tiktok', 'https://www.tiktok.com/@azghar/video/7350000000000000000'],
  ])('%s is a %s post', (address, provider, url) => {
    const found = recogniseEmbed(address);
    expect(found?.provider).toBe(provider);
    expect(found?.url).toBe(url);
    expect(found!.frame.startsWith(`${EMBED_FRAME_ORIGINS[found!.provider]}/`)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'https://www.youtube.com/watch?v=short',
    'https://evil.example/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://x.com/AzgharToday',
    'https://www.facebook.com/AzgharToday',
    'https://www.facebook.com/"><script>/videos/1',
    'not a url',
  ])('refuses %s', (address) => expect(recogniseEmbed(address)).toBeNull());

  it('keeps the frame of a stored embed only for its own provider', () => {
    expect(embedFrame('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ')?.frame).toContain('youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(embedFrame('x', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBeNull();
  });
});
