import type { StaticImageData } from 'next/image';
import sprite from './icons.svg';

// Decorative icons: the text next to them, or an aria-label on their control, carries the
// meaning. Each is a symbol of one sprite file (icons.svg), which the browser fetches once, caches
// for good (its address carries its hash) and shares between every icon of every page. CSS masks
// with data: URLs weighed nothing in the HTML but cost the phone an SVG document per icon in
// every style pass (about a third of the search page's style time, traced).
export const ICON_NAMES = [
  'search',
  'menu',
  'close',
  'sun',
  'moon',
  'arrowUp',
  'chevron',
  'pause',
  'play',
  'link',
  'rss',
  'whatsapp',
  'facebook',
  'x',
  'telegram',
  'youtube',
  'instagram',
  'tiktok',
  'warning',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

const SPRITE_URL = (sprite as StaticImageData).src;

export function Icon({ name, className = 'size-5' }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon ${className}`} aria-hidden="true">
      <use href={`${SPRITE_URL}#${name}`} />
    </svg>
  );
}
