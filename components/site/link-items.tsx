'use client';

/** A link of the site's frame, as data: the menu's and footer's sections, the ticker's stories. */
export interface LinkItem {
  href: string;
  text: string;
  /** A name in another language than the interface's (a category without a French name): isolated. */
  isolate?: boolean;
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

/**
 * List items of plain links drawn from data. The frame's lists are the same on every page and some
 * are drawn twice (the sections in the menu and the footer): the page's payload carries each link
 * once, as a few fields, instead of its markup.
 */
export function LinkItems({ links, className }: { links: LinkItem[]; className: string }) {
  return links.map((link) => (
    <li key={link.href}>
      <ItemLink link={link} className={className} />
    </li>
  ));
}

/** One link of the data above (a card's category, too). */
export function ItemLink({ link: { href, text, isolate, lang, dir }, className }: { link: LinkItem; className: string }) {
  return (
    <a href={href} lang={lang} dir={dir} className={className}>
      {isolate ? <bdi dir="auto">{text}</bdi> : text}
    </a>
  );
}
