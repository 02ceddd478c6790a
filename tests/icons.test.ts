import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_NAMES } from '@/components/ui/icon';

describe('icons', () => {
  const sprite = fs.readFileSync('components/ui/icons.svg', 'utf8');
  const symbols = [...sprite.matchAll(/<symbol id="([^"]+)" viewBox="0 0 24 24">(.*?)<\/symbol>/g)].map(([, id, body]) => ({ id, body }));

  it('every icon is a symbol of the sprite with a drawing in it, so no icon is blank', () => {
    for (const name of ICON_NAMES) {
      const symbol = symbols.filter((s) => s.id === name);
      expect(symbol, name).toHaveLength(1);
      expect(symbol[0]!.body, name).toMatch(/^<path d="[Mm][^"]+"\/>$/);
    }
  });

  it('the sprite carries no symbol that no icon uses', () => {
    expect(symbols.map((s) => s.id).sort()).toEqual([...ICON_NAMES].sort());
  });
});
