import { useTranslations } from 'next-intl';
import { ShareBar } from './share-bar';
import { SHARE_NETWORKS, type ShareLabels } from './share-networks';

/**
 * The share bar of an article. `url` is the article's short address: the networks show the
 * headline and picture from the page's Open Graph tags, so the links carry the address alone (the
 * headline, percent-encoded, took a kilobyte per link, twice per page). A page showing two bars
 * renders this element once and places it twice: its payload then names it once.
 */
export function ShareLinks({ url }: { url: string }) {
  const t = useTranslations('Article');
  const ts = useTranslations('Social');
  const labels: ShareLabels = {
    share: t('share'),
    copy: t('copyLink'),
    copied: t('linkCopied'),
    on: Object.fromEntries(SHARE_NETWORKS.map((n) => [n, t('shareOn', { network: ts(n) })])) as ShareLabels['on'],
  };
  return <ShareBar url={url} labels={labels} />;
}
