import { useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import { LinkItems, type LinkItem } from './link-items';
import { SocialLinks, type SocialLink } from './social-links';
import { Icon } from '@/components/ui/icon';

interface Props {
  siteName: string;
  description: string;
  /** The categories' links, the same list as the header's menu. */
  sections: LinkItem[];
  social: SocialLink[];
  year: number;
}

export function SiteFooter({ siteName, description, sections, social, year }: Props) {
  const t = useTranslations('Frame');
  return (
    <footer className="lazy-render mt-16 border-t-4 border-brand bg-surface">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <p className="font-kufi text-2xl font-bold text-brand-ink">{siteName}</p>
          <p className="mt-2 text-muted">{description}</p>
          <ul className="mt-4 flex flex-wrap gap-x-6">
            <li>
              <PlainLink href="/about" className="footer-link">
                {t('footerAbout')}
              </PlainLink>
            </li>
            <li>
              <PlainLink href="/contact" className="footer-link">
                {t('footerContact')}
              </PlainLink>
            </li>
            <li>
              <PlainLink href="/privacy" className="footer-link">
                {t('footerPrivacy')}
              </PlainLink>
            </li>
          </ul>
        </div>
        <nav aria-labelledby="footer-sections">
          <h2 id="footer-sections" className="font-bold">
            {t('footerSections')}
          </h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-6">
            <LinkItems links={sections} className="footer-link" />
          </ul>
        </nav>
        <div>
          <h2 className="font-bold">{t('footerFollow')}</h2>
          <SocialLinks links={social} className="mt-2 flex-wrap" />
          <a href="/feed.xml" className="mt-2 inline-flex min-h-11 items-center gap-2 hover:underline">
            <Icon name="rss" className="size-5" />
            {t('rss')}
          </a>
        </div>
      </div>
      <p className="border-t border-line px-4 py-4 text-center text-sm text-muted">{t('copyright', { year, siteName })}</p>
    </footer>
  );
}
