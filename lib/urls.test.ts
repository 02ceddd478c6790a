import { describe, expect, it } from 'vitest';
import { articlePath, readablePath, slugFromSegment } from './urls';

describe('readablePath', () => {
  it('writes an Arabic slug as letters, a third of the bytes', () => {
    const path = articlePath({ id: 7, slug: 'انقطاع-الماء-بأزغار' });
    expect(path).toContain('%D8%A7');
    expect(readablePath(path)).toBe('/news/7/انقطاع-الماء-بأزغار');
    expect(Buffer.byteLength(readablePath(path)) * 2.5).toBeLessThan(path.length);
  });

  it('means the same address: the browser encodes it back to the path it came from', () => {
    const path = articlePath({ id: 7, slug: 'سوق-الأحد-٢٠٢٦-é' });
    expect(new URL(readablePath(path), 'http://x').pathname).toBe(path);
  });

  it('keeps escaped whatever is not a letter, a mark or a digit', () => {
    for (const kept of ['%3F', '%23', '%20', '%25', '%2F', '%E2%80%AE', '%C2%A0', '%FF']) {
      expect(readablePath(`/tag/a${kept}b`), kept).toBe(`/tag/a${kept}b`);
    }
    expect(slugFromSegment(readablePath('/tag/%D9%85%3F').split('/')[2]!)).toBe('م?');
  });
});
