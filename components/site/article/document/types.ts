import type { EmbedProvider } from '@/lib/content/embeds';

/** A library image the body shows, by media id. */
export type BodyMedia = { id: number; key: string; width: number; height: number; placeholder: string; alt: string; credit: string };

/** An article a «اقرأ أيضاً» card links, by id (only published ones are given). */
export type LinkedArticle = { id: number; title: string; path: string; categoryName: string; coverKey: string | null };

/** Words of the reader's interface the body needs (the page translates them). */
export interface BodyLabels {
  readAlso: string;
  imageCredit: (credit: string) => string;
  /** «شاهد على يوتيوب», «اعرض المنشور على إكس»… */
  viewOn: Record<EmbedProvider, string>;
  provider: Record<EmbedProvider, string>;
  /** The button that loads the provider's frame. */
  load: string;
  /** A sentence under the button: what loading the frame means. */
  loadNotice: string;
}

export interface BodyContext {
  rtl: boolean;
  media: Record<number, BodyMedia>;
  articles: Record<number, LinkedArticle>;
  labels: BodyLabels;
}
