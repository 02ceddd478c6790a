// What the conversion of a post's content asks of the importer: the library image for an
// attachment or an uploaded file, the new address of a link, the content of a reusable block. The
// conversion itself is pure given these answers (tests give it a table instead of a database).

export interface ImageRef {
  /** The WordPress attachment id (a block's `id`, a `wp-image-N` class, a gallery's ids). */
  attachmentId?: number;
  /** The image's address as written in the post. */
  src?: string;
  alt?: string;
}

export interface LibraryImage {
  mediaId: number;
  alt: string;
  caption?: string;
}

/** Why something in a post was not brought over as it was: one line per code in the report. */
export const WARNINGS = {
  'unknown-block': 'block type the portal has no equivalent for: its text was kept as plain text',
  'dynamic-block': 'block rendered by a WordPress plugin or theme at view time: nothing to import',
  'unknown-element': 'HTML element the portal has no equivalent for: its text was kept',
  'unknown-shortcode': 'shortcode of a plugin: removed, its enclosed text kept',
  'script-removed': 'script, style or form removed',
  'embed-unsupported': 'embed of a provider the portal does not embed: kept as a link',
  'media-missing': 'image whose file is not in --uploads (or not an image): left out, its caption kept',
  'media-not-imported': 'video, audio or other file: not imported, kept as a link to the old address',
  'link-dropped': 'link with an address that is not allowed (javascript:, data:, …): its text kept',
  'preformatted-as-text': 'code or preformatted text: kept as plain paragraphs',
  'page-break-removed': 'page break (<!--nextpage-->) removed: the article is one page',
  'text-shortened': 'text longer than the portal allows (caption, alt text, table size): shortened',
  'invalid-document': 'content that could not be structured: imported as plain paragraphs',
} as const;

export type WarningCode = keyof typeof WARNINGS;

export interface ConvertContext {
  /** The library image for a reference, importing it on first use; null when there is none. */
  image(ref: ImageRef): Promise<LibraryImage | null>;
  /** The images attached to the post being converted (a [gallery] without ids). */
  attachedImages(): number[];
  /** The address a link should have on the portal; null when it is not a link the portal allows. */
  link(href: string): string | null;
  /** The content of a reusable block (wp_block), or null. */
  reusableBlock(id: number): string | null;
  warn(code: WarningCode, detail?: string): void;
}
