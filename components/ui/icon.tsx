// Decorative icons: the text next to them, or an aria-label on their control, carries the
// meaning. Each is a CSS mask (`.icon-<name>` in app/globals.css) over the text colour.
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

export function Icon({ name, className = 'size-5' }: { name: IconName; className?: string }) {
  return <span className={`icon icon-${name} ${className}`} aria-hidden="true" />;
}
