import 'server-only';
import path from 'node:path';
import sharp from 'sharp';

// The site name drawn with the site's own Kufi font: sharp's text renderer (Pango) shapes Arabic
// properly, and the font file comes from the @fontsource package, so no system font is needed.
const FONT = path.resolve(/* turbopackIgnore: true */ process.cwd(), 'node_modules/@fontsource/noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff');
const escapeMarkup = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function textImage(text: string, color: string, pointSize: number, width: number) {
  return sharp({
    text: {
      text: `<span foreground="${color}">${escapeMarkup(text)}</span>`,
      font: `Noto Kufi Arabic Bold ${pointSize}`,
      fontfile: FONT,
      rgba: true,
      width,
      align: 'centre',
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
}

/** Publisher logo for structured data: at most 600×60, the name in the brand colour on white. */
export async function renderLogo(siteName: string, brandColor: string): Promise<Buffer> {
  const { data, info } = await textImage(siteName, brandColor, 26, 580);
  const scale = Math.min(1, 56 / info.height, 580 / info.width);
  const text =
    scale < 1
      ? await sharp(data)
          .resize({ width: Math.floor(info.width * scale) })
          .toBuffer()
      : data;
  return sharp({ create: { width: 600, height: 60, channels: 4, background: '#ffffff' } })
    .composite([{ input: text, gravity: 'centre' }])
    .png()
    .toBuffer();
}

/** The share card of pages without their own image: name and tagline on the brand colour. */
export async function renderShareCard(siteName: string, tagline: string, brandColor: string): Promise<Buffer> {
  const [name, line] = await Promise.all([textImage(siteName, '#ffffff', 64, 1100), textImage(tagline, '#ffffff', 28, 1100)]);
  return sharp({ create: { width: 1200, height: 630, channels: 4, background: brandColor } })
    .composite([
      { input: name.data, top: Math.round(260 - name.info.height / 2), left: Math.round(600 - name.info.width / 2) },
      { input: line.data, top: 360, left: Math.round(600 - line.info.width / 2) },
    ])
    .png()
    .toBuffer();
}
