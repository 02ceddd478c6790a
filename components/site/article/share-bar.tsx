'use client';

import { Icon } from '@/components/ui/icon';
import { CopyLink } from './copy-link';
import { SHARE_NETWORKS, type ShareLabels, type ShareNetwork } from './share-networks';

const shareHref: Record<ShareNetwork, (u: string) => string> = {
  whatsapp: (u) => `https://wa.me/?text=${u}`,
  facebook: (u) => `https://www.facebook.com/sharer/sharer.php?u=${u}`,
  x: (u) => `https://x.com/intent/post?url=${u}`,
  telegram: (u) => `https://t.me/share/url?url=${u}`,
};

/**
 * Plain share links (no third-party scripts) and copy-link, drawn from the address and the
 * labels: the page's payload carries those, once for both bars, instead of the bars' markup.
 */
export function ShareBar({ url, labels }: { url: string; labels: ShareLabels }) {
  const u = encodeURIComponent(url);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="font-bold">{labels.share}</span>
      <ul className="flex flex-wrap items-center gap-2">
        {SHARE_NETWORKS.map((network) => (
          <li key={network}>
            <a
              href={shareHref[network](u)}
              rel="noopener noreferrer"
              target="_blank"
              aria-label={labels.on[network]}
              className="round-button border border-line"
            >
              <Icon name={network} />
            </a>
          </li>
        ))}
        <li>
          <CopyLink url={url} labels={labels} />
        </li>
      </ul>
    </div>
  );
}
