// Sitemap XML (sitemaps.org 0.9, with Google's news extension). Every text goes through escapeXml.
export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

const lastmod = (d: Date | null | undefined) => (d ? `<lastmod>${d.toISOString()}</lastmod>` : '');

export function urlset(urls: { loc: string; lastmod?: Date | null }[]): string {
  const body = urls.map((u) => `<url><loc>${escapeXml(u.loc)}</loc>${lastmod(u.lastmod)}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function sitemapIndex(maps: { loc: string; lastmod?: Date | null }[]): string {
  const body = maps.map((m) => `<sitemap><loc>${escapeXml(m.loc)}</loc>${lastmod(m.lastmod)}</sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

export function newsUrlset(publication: string, items: { loc: string; language: string; published: Date; title: string }[]): string {
  const body = items
    .map(
      (i) =>
        `<url><loc>${escapeXml(i.loc)}</loc><news:news><news:publication><news:name>${escapeXml(publication)}</news:name>` +
        `<news:language>${escapeXml(i.language)}</news:language></news:publication>` +
        `<news:publication_date>${i.published.toISOString()}</news:publication_date><news:title>${escapeXml(i.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}\n</urlset>\n`;
}
