import { z } from 'zod';
import { readJsonLimited, tooLargeResponse } from '@/lib/api/read-json-limited';
import { API_BODY_LIMITS } from '@/lib/http/body-limits';
import { countRead } from '@/lib/reads/read-buffer';
import { clientAddress } from '@/lib/security/client-address';
import { fromThisSite } from '@/lib/security/same-site';

const ReadBeacon = z.object({ id: z.number().int().positive().max(2_147_483_647) });
const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * The read beacon of article pages (components/site/article/read-beacon.tsx). Only this site's own
 * pages may count a read, with a JSON body (which a form or a beacon on another site cannot send
 * here without being told apart); the counter itself caps what one address can add.
 */
export async function POST(request: Request) {
  if (!fromThisSite(request.headers) || !request.headers.get('content-type')?.startsWith('application/json')) {
    return new Response(null, { status: 403, headers: NO_STORE });
  }
  const json = await readJsonLimited(request, API_BODY_LIMITS.reads);
  if (json.tooLarge) return tooLargeResponse(NO_STORE);
  const body = ReadBeacon.safeParse(json.value);
  if (!body.success) return new Response(null, { status: 400, headers: NO_STORE });
  countRead(body.data.id, clientAddress(request.headers), request.headers.get('user-agent')?.slice(0, 300) ?? '');
  return new Response(null, { status: 204, headers: NO_STORE });
}
