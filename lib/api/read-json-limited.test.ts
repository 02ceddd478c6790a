import { describe, expect, it } from 'vitest';
import { readJsonLimited, tooLargeResponse } from './read-json-limited';

/** A body that arrives in `chunks` pieces of `size` bytes, without a Content-Length; counts what was pulled. */
function chunkedRequest(chunks: number, size: number) {
  const pulled = { bytes: 0 };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ === chunks) return controller.close();
      pulled.bytes += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  const request = new Request('http://x/api/reads', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulled };
}

describe('readJsonLimited', () => {
  it('parses a body within the limit', async () => {
    const request = new Request('http://x/', { method: 'POST', body: JSON.stringify({ id: 7, text: 'مرحبا' }) });
    expect(await readJsonLimited(request, 1024)).toEqual({ tooLarge: false, value: { id: 7, text: 'مرحبا' } });
  });

  it('takes a body of exactly the limit', async () => {
    const json = JSON.stringify({ pad: 'x'.repeat(100) });
    const request = new Request('http://x/', { method: 'POST', body: json });
    expect(await readJsonLimited(request, Buffer.byteLength(json))).toEqual({ tooLarge: false, value: { pad: 'x'.repeat(100) } });
  });

  it('gives undefined for a body that is not JSON, or none', async () => {
    expect(await readJsonLimited(new Request('http://x/', { method: 'POST', body: '{"id":' }), 1024)).toEqual({ tooLarge: false, value: undefined });
    expect(await readJsonLimited(new Request('http://x/', { method: 'POST' }), 1024)).toEqual({ tooLarge: false, value: undefined });
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    // 50 MB in 64 KiB chunks, no Content-Length.
    const { request, pulled } = chunkedRequest(800, 64 * 1024);
    expect(await readJsonLimited(request, 1024)).toEqual({ tooLarge: true });
    // The first chunk passes the limit; the stream may have queued one more ahead.
    expect(pulled.bytes).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('counts the bytes of every chunk, not the chunks', async () => {
    const { request } = chunkedRequest(5, 300);
    expect(await readJsonLimited(request, 1000)).toEqual({ tooLarge: true });
    const within = chunkedRequest(3, 300);
    expect((await readJsonLimited(within.request, 1000)).tooLarge).toBe(false);
  });

  it('refuses a declared length over the limit without reading', async () => {
    const { request, pulled } = chunkedRequest(800, 64 * 1024);
    const declared = new Request(request, { headers: { 'content-length': String(50 * 2 ** 20) } });
    expect(await readJsonLimited(declared, 1024)).toEqual({ tooLarge: true });
    // What the stream queued ahead on its own, nothing read.
    expect(pulled.bytes).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('answers 413 with a short text', async () => {
    const response = tooLargeResponse({ 'Cache-Control': 'private, no-store' });
    expect(response.status).toBe(413);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect((await response.text()).length).toBeLessThan(200);
  });
});
