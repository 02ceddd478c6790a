import { useTranslations } from 'next-intl';
import { Icon } from '@/components/ui/icon';
import type { SocialLinks as Links } from '@/lib/data/site';

const NETWORKS = ['facebook', 'x', 'youtube', 'instagram', 'whatsapp', 'telegram'] as const;

export function SocialLinks({ links, className = '' }: { links: Links; className?: string }) {
  const t = useTranslations('Social');
  const present = NETWORKS.filter((n) => links[n]);
  if (!present.length) return null;
  return (
    <ul className={`flex items-center gap-1 ${className}`}>
      {present.map((n) => (
        <li key={n}>
          <a href={links[n]} rel="noopener me" aria-label={t(n)} title={t(n)} className="round-button">
            <Icon name={n} className="size-5" />
          </a>
        </li>
      ))}
    </ul>
  );
}
