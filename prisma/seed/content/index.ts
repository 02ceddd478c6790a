import { localArticles } from './articles-local';
import { regionalArticles } from './articles-regional';
import { nationalArticles } from './articles-national';
import { worldArticles } from './articles-world';
import { sportArticles } from './articles-sport';
import { economyArticles } from './articles-economy';
import { cultureArticles } from './articles-culture';
import { opinionArticles } from './articles-opinion';
import type { SeedArticle } from './types';

export { readerComments, pendingComments, spamComments } from './comments';
export { sitePages } from './pages';
export { SITE, CATEGORIES, AUTHORS, UNPUBLISHED } from './site';
export { TAG_NAMES } from './tags';

export const PUBLISHED_ARTICLES: SeedArticle[] = [
  ...localArticles,
  ...regionalArticles,
  ...nationalArticles,
  ...worldArticles,
  ...sportArticles,
  ...economyArticles,
  ...cultureArticles,
  ...opinionArticles,
];
