import { getTranslations } from 'next-intl/server';
import { EMBED_PROVIDERS, type EmbedProvider } from '@/lib/content/embeds';
import type { LoadedBody } from '@/lib/data/article-body';
import { DocumentView } from './document/document-view';

/** The article's document with the words of the reader's interface around embeds and cards. */
export async function ArticleBody({ body, rtl }: { body: LoadedBody; rtl: boolean }) {
  const t = await getTranslations('Article');
  const each = (f: (p: EmbedProvider) => string) => Object.fromEntries(EMBED_PROVIDERS.map((p) => [p, f(p)])) as Record<EmbedProvider, string>;
  const labels = {
    readAlso: t('readAlso'),
    imageCredit: (credit: string) => t('imageCredit', { credit }),
    provider: each((p) => t(`embed.provider.${p}`)),
    viewOn: each((p) => t(`embed.viewOn.${p}`)),
    load: t('embed.load'),
    loadNotice: t('embed.loadNotice'),
  };
  return <DocumentView doc={body.doc} rtl={rtl} media={body.media} articles={body.articles} labels={labels} />;
}
