import { useLocale, useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import { Icon } from '@/components/ui/icon';
import { LanguageSwitcher } from './language-switcher';
import { LinkItems, type LinkItem } from './link-items';
import { routing } from '@/i18n/routing';
import { MenuSummary } from './mobile-menu';
import { SocialLinks, type SocialLink } from './social-links';
import { ThemeToggle } from './theme-toggle';
import { TodayDate } from './today-date';
import type { DayLine } from '@/lib/text/dates';
import { SEARCH_LIMITS } from '@/lib/validation/search';

interface Props {
  siteName: string;
  tagline: string;
  /** The categories' links (components/site/frame-links.ts), the footer's too. */
  sections: LinkItem[];
  social: SocialLink[];
  days: DayLine[];
}

export function SiteHeader({ siteName, tagline, sections, social, days }: Props) {
  const t = useTranslations('Frame');
  const locale = useLocale();
  return (
    <header id="top" tabIndex={-1} className="bg-surface outline-none">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <div className="border-b border-line">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-2 px-4">
          <TodayDate locale={locale} days={days} />
          <div className="flex items-center gap-1 sm:gap-2">
            <LanguageSwitcher current={locale} label={t('language')} names={Object.fromEntries(routing.locales.map((l) => [l, t(`languages.${l}`)]))} />
            <SocialLinks links={social} className="hidden md:flex" />
            <ThemeToggle labels={{ toggle: t('themeToggle'), light: t('themeLight'), dark: t('themeDark') }} />
          </div>
        </div>
      </div>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <PlainLink href="/" className="group">
          <span className="block font-kufi text-3xl font-bold text-brand-ink md:text-4xl">{siteName}</span>
          <span className="block text-sm text-muted">{tagline}</span>
        </PlainLink>
        <search className="w-full sm:w-auto">
          <form action="/search" method="get" role="search" className="flex">
            <label htmlFor="site-search" className="sr-only">
              {t('searchLabel')}
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              required
              maxLength={SEARCH_LIMITS.query}
              placeholder={t('searchPlaceholder')}
              className="min-h-11 w-full rounded-s-md border border-line bg-bg px-3 sm:w-64"
            />
            <button
              type="submit"
              aria-label={t('search')}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-e-md bg-brand text-on-brand"
            >
              <Icon name="search" />
            </button>
          </form>
        </search>
      </div>
      <nav aria-label={t('mainNav')} className="relative border-y border-line">
        <div className="mx-auto max-w-7xl px-4">
          {/* One list: a bar on wide screens; on phones a drawer that the toggle before it opens
              (.menu-toggle in app/globals.css), without JavaScript. */}
          <details className="menu-toggle group lg:hidden">
            <MenuSummary label={t('openMenu')} />
          </details>
          <ul className="menu-list">
            <li>
              <PlainLink href="/" className="menu-link">
                {t('home')}
              </PlainLink>
            </li>
            <LinkItems links={sections} className="menu-link" />
          </ul>
        </div>
      </nav>
    </header>
  );
}
