'use client';

import { Icon, type IconName } from '@/components/ui/icon';

export interface SocialLink {
  network: IconName;
  href: string;
  /** The network's name, for the link's label. */
  label: string;
}

/** The site's accounts, drawn from data: the header and the footer show the same list. */
export function SocialLinks({ links, className = '' }: { links: SocialLink[]; className?: string }) {
  if (!links.length) return null;
  return (
    <ul className={`flex items-center gap-1 ${className}`}>
      {links.map((l) => (
        <li key={l.network}>
          <a href={l.href} rel="noopener me" aria-label={l.label} title={l.label} className="round-button">
            <Icon name={l.network} className="size-5" />
          </a>
        </li>
      ))}
    </ul>
  );
}
