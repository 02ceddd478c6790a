import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { renderLogo, renderShareCard } from '@/lib/media/brand-images';
import { getSiteSettings } from '@/lib/data/site';

async function brandImage(file: 'logo.png' | 'share.png'): Promise<Uint8Array> {
  'use cache';
  cacheLife('days');
  cacheTag(cacheTags.settings);
  const s = await getSiteSettings();
  return new Uint8Array(file === 'logo.png' ? await renderLogo(s.siteName, s.brandColor) : await renderShareCard(s.siteName, s.tagline, s.brandColor));
}

/** /brand/logo.png (publisher logo) and /brand/share.png (default share card), drawn from the settings. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file !== 'logo.png' && file !== 'share.png') return new Response(null, { status: 404 });
  return new Response(Buffer.from(await brandImage(file)), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800' },
  });
}
