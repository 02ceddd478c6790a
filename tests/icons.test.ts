import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_NAMES } from '@/components/ui/icon';

describe('icons', () => {
  const css = fs.readFileSync('app/globals.css', 'utf8');
  it('every icon has its mask in the stylesheet, a whole SVG', () => {
    for (const name of ICON_NAMES) {
      const rule = new RegExp(`\\.icon-${name} \\{\\s*--icon: url\\("data:image/svg\\+xml,%3Csvg [^"]+%3C/svg%3E"\\);`);
      expect(css, name).toMatch(rule);
    }
  });
});
