import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleBody } from '@/components/site/article/article-body';
import { ArticleMeta } from '@/components/site/article/article-meta';
import { ArticlePager } from '@/components/site/article/article-pager';
import { ReadBeacon } from '@/components/site/article/read-beacon';
import { RelatedArticles } from '@/components/site/article/related-articles';
import { ShareLinks } from '@/components/site/article/share-links';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { CoverImage } from '@/components/ui/cover-image';
import { PlainLink } from '@/components/ui/plain-link';
import { articleForPreview } from '@/lib/auth/preview';
import { cachedArticle, cachedArticleExtras, cachedComments, cachedLatest, cachedSiteFrame } from '@/lib/data/public';
import { CommentMessages } from '@/components/site/comments/comment-messages';
import { CommentSection } from '@/components/site/comments/comment-section';
import { absoluteUrl } from '@/lib/site-url';
import { readingMinutes } from '@/lib/text/reading-time';
import { documentText } from '@/lib/content/document';
import { articlePath, authorPath, categoryPath, localizedPath, mediaPath, safeDecode, shortArticlePath, tagPath } from '@/lib/urls';
import { JsonLd } from '@/components/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbLd, categoryCrumb, newsArticleLd } from '@/lib/seo/structured-data';
import { textDirection } from '@/lib/text/direction';
import { categoryNameText } from '@/lib/text/category-name';
import { CategoryName } from '@/components/site/category-name';

type Props = { params: Promise<{ locale: string; id: string; slug: string }> };

/** The newest articles are rendered at build time; the others on their first visit, then cached. */
export async function generateStaticParams() {
  const latest = await cachedLatest({}, 20);
  // Cache Components wants at least one entry; an id that never exists renders the 404 page.
  return latest.items.length ? latest.items.map((a) => ({ id: String(a.id), slug: a.slug })) : [{ id: '0', slug: '-' }];
}

async function loadArticle(params: Props['params']) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  // A staff preview (checked on every render), else the published article from the cache.
  const article = (await articleForPreview(Number(id))) ?? (await cachedArticle(Number(id)));
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props) {
  // The page itself redirects old slugs (once: two redirects would send two Location headers).
  const { locale } = await params;
  const [article, { settings }] = await Promise.all([loadArticle(params), cachedSiteFrame()]);
  const cover = article.cover;
  // One canonical URL per text: the article in the interface of its own language; its translations
  // (when an editor linked them) are its hreflang alternates.
  const own = (a: { id: number; slug: string; language: string }) => localizedPath(a.language, articlePath(a));
  const root = article.versions.find((v) => v.translationOfId === null) ?? article;
  return pageMetadata({
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.excerpt,
    path: articlePath(article),
    locale,
    canonical: own(article),
    // An article in one language only has no alternates to name (a self-reference and an x-default
    // to the same address told search engines nothing, in a kilobyte and a half).
    languages: article.versions.some((v) => v.id !== article.id)
      ? { ...Object.fromEntries(article.versions.map((v) => [v.language, own(v)])), [article.language]: own(article), 'x-default': own(root) }
      : {},
    siteName: settings.siteName,
    noindex: article.preview,
    image: cover ? { url: `${mediaPath(cover.key)}/og.jpg`, width: 1200, height: 630, alt: cover.alt } : undefined,
    article: {
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: (article.contentUpdatedAt ?? article.publishedAt ?? article.updatedAt).toISOString(),
      section: categoryNameText(article.category, locale),
      tags: article.tags.map((t) => t.name),
      authors: [absoluteUrl(authorPath(article.author))],
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = await loadArticle(params);
  // The id finds the article; an old or mistyped slug moves permanently to the current one.
  if (safeDecode(slug) !== article.slug) permanentRedirect(articlePath(article));
  const [{ settings }, extras, comments, t, tf] = await Promise.all([
    cachedSiteFrame(),
    cachedArticleExtras(article.id),
    cachedComments(article.id),
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Frame' }),
  ]);
  const rtl = article.language === 'ar';
  // The text keeps its own language and direction; the interface around it (meta line, share
  // links, tags) follows the reader's interface.
  const content = { lang: article.language, dir: rtl ? 'rtl' : 'ltr' } as const;
  const shareUrl = absoluteUrl(shortArticlePath(article));
  // Two bars, one element: the payload names it once.
  const share = <ShareLinks url={shareUrl} />;
  const edited = article.contentUpdatedAt && article.publishedAt && article.contentUpdatedAt > article.publishedAt ? article.contentUpdatedAt : null;

  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      {article.preview && (
        <p role="status" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-md border-2 border-urgent p-3 font-bold">
          {t('previewBanner')}
          <a href={`/api/preview/exit?to=${encodeURIComponent(articlePath(article))}`} className="underline">
            {t('exitPreview')}
          </a>
        </p>
      )}
      <JsonLd
        data={[
          newsArticleLd({ ...article, text: documentText(article.body.doc) }, settings),
          breadcrumbLd([{ name: tf('home'), path: '/' }, categoryCrumb(article.category), { name: article.title, path: articlePath(article) }]),
        ]}
      />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-12">
        <article className="min-w-0">
          <Breadcrumb
            label={tf('breadcrumb')}
            items={[
              { href: '/', name: tf('home') },
              { href: categoryPath(article.category), name: categoryNameText(article.category, locale) },
            ]}
          />
          <header className="mt-2 max-w-[68ch]">
            <PlainLink href={categoryPath(article.category)} className="inline-block rounded bg-brand px-2 py-0.5 text-sm font-bold text-on-brand">
              <CategoryName category={article.category} />
            </PlainLink>
            <h1
              {...content}
              dir={textDirection(article.title, article.language)}
              className="mt-3 font-kufi text-[1.75rem] font-bold leading-snug md:text-4xl md:leading-snug"
            >
              {article.title}
            </h1>
            {article.excerpt && (
              <p {...content} dir={textDirection(article.excerpt, article.language)} className="mt-3 text-xl leading-relaxed text-muted">
                {article.excerpt}
              </p>
            )}
            <div className="mt-4 flex flex-col gap-3 border-y border-line py-3">
              <ArticleMeta
                siteName={settings.siteName}
                sourceLine={article.sourceLine}
                sourceOutlet={article.sourceOutlet}
                author={article.author}
                publishedAt={article.publishedAt ?? article.updatedAt}
                updatedAt={edited}
                minutes={readingMinutes(documentText(article.body.doc))}
              />
              {share}
            </div>
          </header>
          {article.cover && (
            <figure className="mt-6">
              <CoverImage cover={article.cover} sizes="(min-width: 1024px) 860px, 100vw" lead className="rounded-lg" />
              {(article.coverCaption || article.cover.credit) && (
                <figcaption {...content} className="mt-2 text-sm text-muted">
                  {article.coverCaption}
                  {article.cover.credit && <span className="ms-2">{t('imageCredit', { credit: article.cover.credit })}</span>}
                </figcaption>
              )}
            </figure>
          )}
          <div {...content} className="mt-6">
            <ArticleBody body={article.body} rtl={rtl} />
          </div>
          {article.tags.length > 0 && (
            <section aria-labelledby="tags" className="mt-8 max-w-[68ch]">
              <h2 id="tags" className="sr-only">
                {t('tags')}
              </h2>
              <ul className="flex flex-wrap gap-2">
                {article.tags.map((tag) => (
                  <li key={tag.id}>
                    <PlainLink href={tagPath(tag)} className="tag-link">
                      {`#${tag.name}`}
                    </PlainLink>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="mt-8 max-w-[68ch] border-t border-line pt-4">{share}</div>
          <div className="mt-8 max-w-[68ch]">
            <ArticlePager previous={extras.previous} next={extras.next} />
          </div>
        </article>
        <div className="lazy-render lg:col-start-1" dir={rtl ? undefined : 'ltr'}>
          <CommentMessages locale={locale}>
            <CommentSection articleId={article.id} threads={comments.threads} count={article.commentCount} closed={comments.closed} />
          </CommentMessages>
        </div>
        <div className="lazy-render mt-12 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
          <RelatedArticles items={extras.related} />
        </div>
      </div>
      <ReadBeacon articleId={article.id} />
    </main>
  );
}
