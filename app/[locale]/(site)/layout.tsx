import type { CSSProperties, ReactNode } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackToTop } from '@/components/site/back-to-top';
import { BreakingTicker } from '@/components/site/breaking-ticker';
import { RelativeTimes } from '@/components/site/relative-times';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { sectionLinks, socialLinks } from '@/components/site/frame-links';
import { PlainClientMessages } from '@/components/shell/plain-client-messages';
import { RootDocument, localeParams } from '@/components/shell/root-document';
import { SITE_CLIENT_NAMESPACES } from '@/i18n/client-messages';
import { cachedBreaking, cachedDayLines, cachedSiteFrame } from '@/lib/data/public';
import { siteUrl } from '@/lib/site-url';
import { pluralPhrases } from '@/lib/text/plural-phrases';

export const generateStaticParams = localeParams;

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await cachedSiteFrame();
  return {
    metadataBase: new URL(siteUrl()),
    title: { template: `%s | ${settings.siteName}`, default: `${settings.siteName} - ${settings.tagline}` },
    description: settings.description,
    applicationName: settings.siteName,
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: settings.siteName }] } },
  };
}

/** The public site's root layout: static and cached, the same for every reader. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const [{ settings, categories, year }, breaking, days, t, time, social] = await Promise.all([
    cachedSiteFrame(),
    cachedBreaking(),
    cachedDayLines(locale),
    getTranslations({ locale, namespace: 'Frame' }),
    getTranslations({ locale, namespace: 'Time' }),
    getTranslations({ locale, namespace: 'Social' }),
  ]);
  // One list each for the header and the footer: the page's payload writes it once.
  const sections = sectionLinks(categories, locale);
  const accounts = socialLinks(settings.socialLinks, (network) => social(network));
  const phrases = {
    now: time('now'),
    minutes: pluralPhrases(time.raw('minutes')),
    hours: pluralPhrases(time.raw('hours')),
    days: pluralPhrases(time.raw('days')),
  };
  return (
    <RootDocument locale={locale}>
      <PlainClientMessages locale={locale} namespaces={SITE_CLIENT_NAMESPACES}>
        <div data-brand style={{ '--brand': settings.brandColor } as CSSProperties} className="flex min-h-dvh flex-col">
          <SiteHeader siteName={settings.siteName} tagline={settings.tagline} sections={sections} social={accounts} days={days} />
          <BreakingTicker items={breaking} />
          <div id="main" tabIndex={-1} className="flex-1 outline-none">
            {children}
          </div>
          <SiteFooter siteName={settings.siteName} description={settings.description} sections={sections} social={accounts} year={year} />
          <BackToTop label={t('backToTop')} />
          <RelativeTimes locale={locale} phrases={phrases} />
        </div>
      </PlainClientMessages>
    </RootDocument>
  );
}
