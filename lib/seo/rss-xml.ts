// RSS 2.0 written by an XML builder that escapes every text node and attribute (fast-xml-parser's
// XMLBuilder). The `feed` package this replaces wraps text in CDATA through xml-js, which splits
// only the first `]]>` of a text: a headline holding two could add elements to the feed.
import { XMLBuilder } from 'fast-xml-parser';

export interface RssChannel {
  title: string;
  description: string;
  link: string;
  selfLink: string;
  language: string;
  image: string;
  copyright: string;
  generator: string;
  ttlMinutes: number;
  lastBuildDate?: Date;
}

export interface RssItem {
  title: string;
  link: string;
  published: Date;
  /** HTML, as feed readers read descriptions. */
  description: string;
  /** The full text as HTML (content:encoded), when the site publishes it. */
  content?: string;
  author: string;
  category: { name: string; domain: string };
  enclosure?: { url: string; type: string; length?: number };
}

// XML 1.0 cannot carry these at all, escaped or not; a stray one would make the whole feed unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const text = (s: string) => s.replace(NOT_XML, '');

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  suppressEmptyNode: true,
  format: true,
});

export function rss2(channel: RssChannel, items: RssItem[]): string {
  const document = {
    rss: {
      '@_version': '2.0',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      channel: {
        title: text(channel.title),
        link: channel.link,
        description: text(channel.description),
        language: channel.language,
        copyright: text(channel.copyright),
        generator: channel.generator,
        ...(channel.lastBuildDate ? { lastBuildDate: channel.lastBuildDate.toUTCString() } : {}),
        docs: 'https://www.rssboard.org/rss-specification',
        ttl: channel.ttlMinutes,
        image: { url: channel.image, title: text(channel.title), link: channel.link },
        'atom:link': { '@_href': channel.selfLink, '@_rel': 'self', '@_type': 'application/rss+xml' },
        item: items.map((i) => ({
          title: text(i.title),
          link: i.link,
          guid: { '#text': i.link, '@_isPermaLink': 'false' },
          pubDate: i.published.toUTCString(),
          description: text(i.description),
          ...(i.content === undefined ? {} : { 'content:encoded': text(i.content) }),
          'dc:creator': text(i.author),
          category: { '#text': text(i.category.name), '@_domain': i.category.domain },
          ...(i.enclosure ? { enclosure: { '@_url': i.enclosure.url, '@_type': i.enclosure.type, '@_length': String(i.enclosure.length ?? 0) } } : {}),
        })),
      },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document)}`;
}
