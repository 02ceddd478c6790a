import { useTranslations } from 'next-intl';
import { Icon } from '@/components/ui/icon';
import { CopyLink } from './copy-link';

/**
 * Plain share links (no third-party scripts) and copy-link. `url` is the article's short address:
 * the networks show the headline and picture from the page's Open Graph tags, so the links carry
 * the address alone (the headline, percent-encoded, took a kilobyte per link, twice per page).
 */
export function ShareLinks({ url }: { url: string }) {
  const t = useTranslations('Article');
  const ts = useTranslations('Social');
  const u = encodeURIComponent(url);
  const networks = [
    { name: 'whatsapp', href: `https://wa.me/?text=${u}` },
    { name: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'x', href: `https://x.com/intent/post?url=${u}` },
    { name: 'telegram', href: `https://t.me/share/url?url=${u}` },
  ] as const;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="font-bold">{t('share')}</span>
      <ul className="flex flex-wrap items-center gap-2">
        {networks.map((n) => (
          <li key={n.name}>
            <a
              href={n.href}
              rel="noopener noreferrer"
              target="_blank"
              aria-label={t('shareOn', { network: ts(n.name) })}
              className="round-button border border-line"
            >
              <Icon name={n.name} />
            </a>
          </li>
        ))}
        <li>
          <CopyLink url={url} labels={{ copy: t('copyLink'), copied: t('linkCopied') }} />
        </li>
      </ul>
    </div>
  );
}
