// The one way route handlers read a JSON body: at most `limit` bytes, counted as they are read, so
// a chunked body (no Content-Length) is held too. The production server already refuses larger
// bodies (lib/serve/body-limit.ts); this keeps `next start` and `next dev` safe as well, and
// gives each route its own, smaller limit.
import { TOO_LARGE_HEADERS, tooLargeText } from '@/lib/http/too-large';

export type JsonBody = { tooLarge: true } | { tooLarge: false; value: unknown };

/** The parsed body (`value` undefined when it is not JSON), or `tooLarge` past `limit` bytes. */
export async function readJsonLimited(request: Request, limit: number): Promise<JsonBody> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) {
    await request.body?.cancel().catch(() => {});
    return { tooLarge: true };
  }
  if (!request.body) return { tooLarge: false, value: undefined };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > limit) {
        await reader.cancel().catch(() => {});
        return { tooLarge: true };
      }
      chunks.push(value);
    }
  } catch {
    return { tooLarge: false, value: undefined }; // the client went away mid-body
  }
  try {
    return { tooLarge: false, value: JSON.parse(new TextDecoder().decode(Buffer.concat(chunks))) as unknown };
  } catch {
    return { tooLarge: false, value: undefined };
  }
}

/** The answer to a body over its limit. */
export function tooLargeResponse(headers: Record<string, string> = {}): Response {
  return new Response(tooLargeText('/'), { status: 413, headers: { ...TOO_LARGE_HEADERS, ...headers } });
}
