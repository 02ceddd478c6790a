// Images into the media library through its own pipeline (lib/media/store.ts: decoded by sharp,
// re-encoded, resized), each file once whatever number of posts or attachments use it. A file
// that is missing or is not an image is a warning, never a stop.
import fs from 'node:fs/promises';
import path from 'node:path';
import { findMediaKey } from '@/lib/data/imports';
import { insertMedia } from '@/lib/data/media';
import { MEDIA_WIDTHS } from '@/lib/media/sizes';
import { storeImage, UnsupportedImageError } from '@/lib/media/store';
import type { ImageRef, LibraryImage } from '../convert';
import { addRedirect } from './redirects';
import { hashOf, type ImportRun } from './run';
import { uploadPath, type AttachmentInfo } from './site-index';

export interface StoredMedia {
  id: number;
  key: string;
  widths: number[];
}

/** The rendition that best stands in for a copy of this width. */
function renditionFor(media: StoredMedia, width: number): string {
  const available = media.widths.length ? media.widths : [...MEDIA_WIDTHS];
  const w = width > 0 ? (available.find((a) => a >= width) ?? Math.max(...available)) : Math.max(...available);
  return `/media/${media.key}/${w}.webp`;
}

export class MediaImporter {
  private readonly done = new Map<string, StoredMedia | null>();
  readonly keys = new Map<number, string>();

  constructor(private readonly run: ImportRun) {}

  /** The attachment an image reference means, and the file to read. */
  private locate(ref: ImageRef): { attachment?: AttachmentInfo; file: string } | null {
    const index = this.run.index;
    const byId = ref.attachmentId ? index.attachments.get(ref.attachmentId) : undefined;
    if (byId?.file) return { attachment: byId, file: byId.file };
    const fromSrc = this.ownUploadPath(ref.src);
    if (!fromSrc) return null;
    const id = index.attachmentByFile.get(fromSrc) ?? index.attachmentByFile.get(fromSrc.replace(/-\d+x\d+(?=\.\w+$)|-scaled(?=\.\w+$)/, ''));
    const attachment = id ? index.attachments.get(id) : undefined;
    return attachment?.file ? { attachment, file: attachment.file } : { file: fromSrc };
  }

  private ownUploadPath(src: string | undefined): string | null {
    if (!src) return null;
    try {
      const url = new URL(src, `${this.run.site}/`);
      if (!this.run.index.hosts.has(url.host.replace(/^www\./, ''))) return null;
      return uploadPath(url.pathname);
    } catch {
      return null;
    }
  }

  /** For the converter: the library image of a reference, imported on first use. */
  async image(ref: ImageRef, itemId: number): Promise<LibraryImage | null> {
    const found = this.locate(ref);
    if (!found) return null;
    const media = await this.ensure(found.file, found.attachment, itemId);
    if (!media) return null;
    return { mediaId: media.id, alt: found.attachment?.alt || ref.alt || '', caption: found.attachment?.caption ?? '' };
  }

  async attachment(id: number, itemId: number): Promise<{ media: StoredMedia; attachment: AttachmentInfo } | null> {
    const attachment = this.run.index.attachments.get(id);
    if (!attachment?.file) return null;
    const media = await this.ensure(attachment.file, attachment, itemId);
    return media ? { media, attachment } : null;
  }

  /** The stored image of a file under uploads/, importing it the first time. */
  async ensure(file: string, attachment: AttachmentInfo | undefined, itemId: number): Promise<StoredMedia | null> {
    if (this.done.has(file)) return this.done.get(file)!;
    const media = await this.load(file, attachment, itemId);
    this.done.set(file, media);
    if (media) {
      this.keys.set(media.id, media.key);
      await addRedirect(this.run, `/wp-content/uploads/${file}`, renditionFor(media, attachment?.width ?? 0), 'file');
      for (const size of attachment?.sizes ?? []) await addRedirect(this.run, `/wp-content/uploads/${size.file}`, renditionFor(media, size.width), 'file');
    }
    return media;
  }

  private async load(file: string, attachment: AttachmentInfo | undefined, itemId: number): Promise<StoredMedia | null> {
    const known = this.run.imported('media', file);
    if (known) {
      const row = known.localId > 0 ? await findMediaKey(known.localId) : null;
      if (row) {
        this.run.report.count('media', 'unchanged');
        return { id: row.id, key: row.key, widths: row.widths.split(',').map(Number) };
      }
      if (this.run.dryRun && known.localId < 0) return { id: known.localId, key: `dry-run-${-known.localId}`, widths: [] };
    }
    const uploads = this.run.options.uploadsDir;
    const full = uploads ? path.resolve(uploads, file) : null;
    if (!full || !full.startsWith(path.resolve(uploads!) + path.sep)) {
      this.run.report.count('media', 'skipped');
      this.run.report.warn('media-missing', String(itemId), uploads ? file : `${file} (no --uploads given)`);
      return null;
    }
    const bytes = await fs.readFile(full).catch(() => null);
    if (!bytes) {
      this.run.report.count('media', 'skipped');
      this.run.report.warn('media-missing', String(itemId), file);
      return null;
    }
    if (this.run.dryRun) {
      const id = this.run.nextFakeId();
      await this.run.remember('media', file, { localId: id, sourceHash: '', writtenHash: '' });
      this.run.report.count('media', 'created');
      return { id, key: `dry-run-${-id}`, widths: [] };
    }
    try {
      const stored = await storeImage(bytes);
      const row = await insertMedia({
        ...stored,
        originalName: path.basename(file),
        alt: (attachment?.alt ?? '').slice(0, 250),
        caption: (attachment?.caption ?? '').slice(0, 300),
        credit: '',
        uploadedById: null,
      });
      await this.run.remember('media', file, { localId: row.id, sourceHash: hashOf(bytes.length), writtenHash: '' });
      this.run.report.count('media', 'created');
      return { id: row.id, key: row.key, widths: stored.widths.split(',').map(Number) };
    } catch (e) {
      if (!(e instanceof UnsupportedImageError)) throw e;
      this.run.report.count('media', 'skipped');
      this.run.report.warn('media-missing', String(itemId), `${file} (not an image)`);
      return null;
    }
  }

  /** Keys of media ids (for bodies stored as Markdown until the document storage lands). */
  async keyOf(id: number): Promise<string | null> {
    if (this.keys.has(id)) return this.keys.get(id)!;
    const row = id > 0 ? await findMediaKey(id) : null;
    if (row) this.keys.set(id, row.key);
    return row?.key ?? null;
  }
}
