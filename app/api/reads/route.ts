import { z } from 'zod';
import { countRead } from '@/lib/reads/read-buffer';
import { clientAddress } from '@/lib/security/client-address';

const ReadBeacon = z.object({ id: z.number().int().positive().max(2_147_483_647) });

/** The read beacon of article pages (components/site/article/read-beacon.tsx). */
export async function POST(request: Request) {
  const body = ReadBeacon.safeParse(await request.json().catch(() => null));
  if (!body.success) return new Response(null, { status: 400 });
  countRead(body.data.id, `${clientAddress(request.headers)}|${request.headers.get('user-agent') ?? ''}`);
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
