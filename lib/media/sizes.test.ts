import { describe, expect, it } from 'vitest';
import { mediaImage, renditionWidths } from './sizes';

describe('renditions of a library image', () => {
  it('are made up to the original width, and the smallest always', () => {
    expect(renditionWidths(1000)).toEqual([160, 320, 640, 960]);
    expect(renditionWidths(100)).toEqual([160]);
  });

  it('are all offered to a full-width picture, with a middle one as the fallback src', () => {
    const image = mediaImage({ key: 'k', width: 2000 });
    expect(image.srcSet).toBe('/media/k/160.webp 160w, /media/k/320.webp 320w, /media/k/640.webp 640w, /media/k/960.webp 960w, /media/k/1280.webp 1280w');
    expect(image.src).toBe('/media/k/640.webp');
  });

  it('stop at what a 2× screen needs for a thumbnail', () => {
    expect(mediaImage({ key: 'k', width: 2000 }, 160).srcSet).toBe('/media/k/160.webp 160w, /media/k/320.webp 320w');
    expect(mediaImage({ key: 'k', width: 200 }, 160).srcSet).toBe('/media/k/160.webp 160w');
  });
});
