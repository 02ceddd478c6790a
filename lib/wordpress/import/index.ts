// `npm run import:wordpress`: a WordPress export (WXR) into the portal. Two passes over the file,
// each streamed: the first indexes what references need (authors, terms, attachments, addresses),
// the second imports item by item; posts that linked to a post not yet imported are converted once
// more at the end. Every item is keyed by its WordPress id, so running it again updates.
import fs from 'node:fs';
import { inOneTransaction } from '@/lib/db';
import { createSiteSettings, hasSiteSettings } from '@/lib/data/imports';
import { cacheTags } from '@/lib/cache-tags';
import { htmlToText } from '../convert';
import { readWxr } from '../wxr/reader';
import { LinkRewriter } from './links';
import { MediaImporter } from './media';
import { PostImporter } from './posts';
import { addRedirect } from './redirects';
import { ImportReport } from './report';
import { ImportRun, type ImportOptions } from './run';
import { indexSite } from './site-index';
import { importAuthors, importCategories, importTags } from './taxonomy';

export type { ImportOptions } from './run';
export { ImportReport } from './report';

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif)$/i;

/** What the run changed, as cache tags for a running site (empty when nothing changed). */
export type ImportResult = { report: ImportReport; touchedTags: string[] };

export async function importWordPress(options: ImportOptions): Promise<ImportResult> {
  const report = new ImportReport(options.dryRun);
  const size = fs.statSync(options.file).size;
  const index = await indexSite(options.file, (bytes) => options.onProgress?.({ phase: 'scan', done: bytes, total: size }));
  if (!index.site) throw new Error('The export does not name its site (wp:base_site_url): is this a WordPress export?');
  const run = new ImportRun(index, report, options);
  await run.load();
  if (!options.dryRun && !(await hasSiteSettings())) {
    // An empty portal takes the old site's name.
    await createSiteSettings({
      siteName: htmlToText(index.channel.title ?? '') || index.site,
      tagline: '',
      description: htmlToText(index.channel.description ?? ''),
    });
  }

  const users = await importAuthors(run);
  const terms = { categories: await importCategories(run), tags: await importTags(run) };
  const links = new LinkRewriter(run, terms, new Map([...users].map(([login, u]) => [login, u.slug])));
  await links.preload();
  const media = new MediaImporter(run);
  const posts = new PostImporter(run, media, links, users, terms);

  let done = 0;
  const total = index.items;
  for await (const record of readWxr(options.file)) {
    if (record.kind !== 'item') continue;
    const item = record.item;
    // One commit per post with its comments and redirects, rather than one per statement.
    if (item.type === 'post' || item.type === 'page') await inOneTransaction(() => posts.importItem(item));
    else if (item.type === 'attachment') {
      const attachment = index.attachments.get(item.id);
      if (attachment && IMAGE_FILE.test(attachment.file) && options.uploadsDir) {
        const stored = await media.attachment(item.id, item.id);
        if (stored) {
          const target = links.addresses.get(attachment.parentId) ?? `/media/${stored.media.key}/${Math.max(...stored.media.widths, 0) || 1280}.webp`;
          if (item.link) await addRedirect(run, item.link, target, 'attachment');
          await addRedirect(run, `/?attachment_id=${item.id}`, target, 'attachment');
        }
      } else {
        report.count('media', 'skipped');
        report.skip(options.uploadsDir ? 'attachment that is not an image (left at its old address)' : 'attachment (no --uploads given)');
      }
    }
    options.onProgress?.({ phase: 'import', done: ++done, total });
  }
  await posts.resolvePageParents();

  if (posts.relinks.size) {
    let relinked = 0;
    for await (const record of readWxr(options.file)) {
      if (record.kind !== 'item' || !posts.relinks.has(record.item.id)) continue;
      await posts.relink(record.item);
      options.onProgress?.({ phase: 'links', done: ++relinked, total: posts.relinks.size });
    }
  }

  for (const [type, n] of index.otherTypes) report.skip(`item of type "${type}" (menus, revisions, templates, custom types)`, n);
  for (const [taxonomy, n] of index.otherTaxonomies) report.skip(`term of taxonomy "${taxonomy}"`, n);
  if (!report.changedNothing)
    run.touched
      .add(cacheTags.latest)
      .add(cacheTags.categories)
      .add(cacheTags.pages)
      .add(cacheTags.feeds)
      .add(cacheTags.sitemap)
      .add(cacheTags.search)
      .add(cacheTags.mostRead)
      .add(cacheTags.settings);
  return { report, touchedTags: [...run.touched] };
}
