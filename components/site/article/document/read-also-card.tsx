import type { LinkedArticle } from './types';

/** «اقرأ أيضاً»: a card inside the text linking another article of the site. */
export function ReadAlsoCard({ article, label }: { article: LinkedArticle; label: string }) {
  return (
    <aside aria-label={label} className="not-prose rounded-lg border-s-4 border-brand bg-surface p-4 shadow-sm">
      <p className="font-kufi text-sm font-bold text-brand-ink">{label}</p>
      <a href={article.path} dir="auto" className="mt-1 block font-kufi text-lg font-bold leading-snug no-underline hover:underline">
        {article.title}
      </a>
      <p className="mt-1 text-sm text-muted">{article.categoryName}</p>
    </aside>
  );
}
