import { openRendition } from '@/lib/media/renditions';

/** Images of the media library, in the widths and crops the pipeline made (lib/media/store.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string; file: string }> }) {
  const { key, file } = await params;
  const rendition = await openRendition(key, file);
  if (!rendition) return new Response(null, { status: 404 });
  return new Response(rendition.body, {
    headers: {
      'Content-Type': rendition.type,
      'Content-Length': String(rendition.size),
      // A key never changes its content: a new upload gets a new key.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
