// Demo cover images drawn locally: an SVG composition per article (a palette per category, a
// category motif, dunes, arches or a zellige star), rendered to PNG by sharp and then passed
// through the same media pipeline as an upload. No photo is copied from anywhere.
import sharp from 'sharp';
import type { CategorySlug } from './content/types';
import { createRandom } from './random';

const W = 1280;
const H = 720;

const PALETTES: Record<CategorySlug, [string, string, string]> = {
  local: ['#0b4f6c', '#01baef', '#fbfbff'],
  regional: ['#7a4419', '#d9a441', '#fff3d6'],
  national: ['#7b0d1e', '#c1121f', '#fdf0d5'],
  world: ['#1d3557', '#457b9d', '#f1faee'],
  sport: ['#1b4332', '#52b788', '#d8f3dc'],
  economy: ['#3c096c', '#9d4edd', '#f3e8ff'],
  culture: ['#9c2c77', '#f4a259', '#fff1e6'],
  opinion: ['#2b2d42', '#8d99ae', '#edf2f4'],
};

const MOTIF_ALT: Record<CategorySlug, string> = {
  local: 'أقواس مغربية وواجهات بيوت المدينة',
  regional: 'كثبان رملية ونخيل الواحات تحت الشمس',
  national: 'نجمة زليج هندسية متكررة',
  world: 'كرة أرضية بخطوط الطول والعرض',
  sport: 'ملعب كرة قدم بخطوطه البيضاء',
  economy: 'أعمدة بيانية متصاعدة وقطع نقدية',
  culture: 'كتب مصفوفة وزخارف أمازيغية',
  opinion: 'علامتا اقتباس كبيرتان فوق خلفية هادئة',
};

function star(cx: number, cy: number, r: number, fill: string, opacity: number) {
  const pts: string[] = [];
  for (let i = 0; i < 16; i++) {
    const rad = (Math.PI / 8) * i;
    const rr = i % 2 === 0 ? r : r * 0.72;
    pts.push(`${(cx + rr * Math.cos(rad)).toFixed(1)},${(cy + rr * Math.sin(rad)).toFixed(1)}`);
  }
  return `<polygon points="${pts.join(' ')}" fill="${fill}" opacity="${opacity}"/>`;
}

function arches(color: string, rnd: () => number) {
  const n = 4 + Math.floor(rnd() * 3);
  const w = W / n;
  return Array.from({ length: n }, (_, i) => {
    const x = i * w + w * 0.15;
    const aw = w * 0.7;
    const top = H * (0.35 + rnd() * 0.15);
    return `<path d="M${x},${H} V${top + aw / 2} A${aw / 2},${aw / 2} 0 1,1 ${x + aw},${top + aw / 2} V${H} Z" fill="${color}" opacity="0.85"/>`;
  }).join('');
}

function dunes(color: string, light: string, rnd: () => number) {
  const y1 = H * (0.6 + rnd() * 0.1);
  const y2 = H * (0.72 + rnd() * 0.1);
  const palm = (x: number, h: number) =>
    `<g fill="${color}"><rect x="${x - 6}" y="${y1 - h}" width="12" height="${h}" rx="5"/>` +
    [0, 60, 120, 180, 240, 300]
      .map((a) => `<ellipse cx="${x}" cy="${y1 - h}" rx="70" ry="14" transform="rotate(${a / 3 - 30} ${x} ${y1 - h}) rotate(${a} ${x} ${y1 - h})"/>`)
      .join('') +
    '</g>';
  return (
    `<circle cx="${W * (0.2 + rnd() * 0.6)}" cy="${H * 0.3}" r="${70 + rnd() * 40}" fill="${light}" opacity="0.9"/>` +
    palm(W * (0.15 + rnd() * 0.2), 180 + rnd() * 80) +
    palm(W * (0.7 + rnd() * 0.15), 150 + rnd() * 60) +
    `<path d="M0,${y1} C${W * 0.3},${y1 - 90} ${W * 0.6},${y1 + 60} ${W},${y1 - 40} V${H} H0 Z" fill="${color}" opacity="0.75"/>` +
    `<path d="M0,${y2} C${W * 0.4},${y2 - 70} ${W * 0.7},${y2 + 50} ${W},${y2 - 20} V${H} H0 Z" fill="${color}"/>`
  );
}

function motif(category: CategorySlug, [dark, mid, light]: [string, string, string], rnd: () => number): string {
  switch (category) {
    case 'local':
      return arches(dark, rnd);
    case 'regional':
      return dunes(dark, light, rnd);
    case 'national': {
      let s = '';
      for (let y = 90; y < H; y += 180) for (let x = 90; x < W + 90; x += 180) s += star(x + (rnd() - 0.5) * 8, y, 70, light, 0.25 + rnd() * 0.2);
      return s + star(W / 2, H / 2, 150, light, 0.9);
    }
    case 'world': {
      const r = 260;
      let s = `<circle cx="${W / 2}" cy="${H / 2}" r="${r}" fill="${dark}" stroke="${light}" stroke-width="6"/>`;
      for (let i = 1; i < 6; i++)
        s += `<ellipse cx="${W / 2}" cy="${H / 2}" rx="${(r * i) / 6}" ry="${r}" fill="none" stroke="${light}" stroke-width="3" opacity="0.7"/>`;
      for (let i = -2; i <= 2; i++)
        s += `<line x1="${W / 2 - r}" x2="${W / 2 + r}" y1="${H / 2 + (i * r) / 3}" y2="${H / 2 + (i * r) / 3}" stroke="${light}" stroke-width="3" opacity="0.7"/>`;
      return s;
    }
    case 'sport':
      return (
        `<rect x="80" y="80" width="${W - 160}" height="${H - 160}" fill="none" stroke="${light}" stroke-width="8"/>` +
        `<line x1="${W / 2}" y1="80" x2="${W / 2}" y2="${H - 80}" stroke="${light}" stroke-width="8"/>` +
        `<circle cx="${W / 2}" cy="${H / 2}" r="110" fill="none" stroke="${light}" stroke-width="8"/>` +
        `<rect x="80" y="${H / 2 - 150}" width="160" height="300" fill="none" stroke="${light}" stroke-width="8"/>` +
        `<rect x="${W - 240}" y="${H / 2 - 150}" width="160" height="300" fill="none" stroke="${light}" stroke-width="8"/>` +
        `<circle cx="${W * (0.3 + rnd() * 0.4)}" cy="${H * (0.3 + rnd() * 0.4)}" r="26" fill="${light}"/>`
      );
    case 'economy': {
      let s = '';
      const n = 7;
      for (let i = 0; i < n; i++) {
        const h = 120 + (i / n) * 380 + rnd() * 80;
        s += `<rect x="${160 + i * 140}" y="${H - 80 - h}" width="90" height="${h}" rx="10" fill="${light}" opacity="${0.55 + i * 0.06}"/>`;
      }
      return s + `<circle cx="${W - 200}" cy="170" r="80" fill="${mid}" stroke="${light}" stroke-width="10"/>`;
    }
    case 'culture': {
      let s = '';
      for (let i = 0; i < 9; i++) {
        const h = 260 + rnd() * 160;
        s += `<rect x="${180 + i * 100}" y="${H - 90 - h}" width="80" height="${h}" rx="6" fill="${i % 2 ? light : mid}" opacity="0.9"/>`;
      }
      return s + `<path d="M0,${H - 90} H${W}" stroke="${light}" stroke-width="10"/>`;
    }
    case 'opinion':
      return (
        `<text x="${W * 0.28}" y="${H * 0.72}" font-size="520" font-family="serif" fill="${light}" opacity="0.85">“</text>` +
        `<text x="${W * 0.55}" y="${H * 0.95}" font-size="520" font-family="serif" fill="${mid}" opacity="0.9">”</text>`
      );
  }
}

/** A 1280×720 PNG and its Arabic alt text for one article. */
export async function drawCover(category: CategorySlug, seed: string): Promise<{ png: Buffer; alt: string }> {
  const rnd = createRandom(seed);
  const palette = PALETTES[category];
  const [dark, mid] = palette;
  const angle = Math.floor(rnd() * 360);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="g" gradientTransform="rotate(${angle} 0.5 0.5)"><stop offset="0" stop-color="${mid}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#g)"/>
  ${star(W * rnd(), H * rnd(), 220 + rnd() * 120, '#ffffff', 0.06)}
  ${motif(category, palette, rnd)}
</svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
  return { png, alt: `صورة تعبيرية: ${MOTIF_ALT[category]}` };
}
