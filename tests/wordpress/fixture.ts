// The real WordPress 6.1.9 export shared by every checkout (`../shared/fixtures/wordpress`, the same
// layout in CI), and records read from it.
import path from 'node:path';
import { readWxr } from '@/lib/wordpress/wxr/reader';
import type { WxrItem } from '@/lib/wordpress/wxr/records';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../../shared/fixtures/wordpress');
export const FIXTURE_EXPORT = path.join(FIXTURE_DIR, 'export.xml');
export const FIXTURE_UPLOADS = path.join(FIXTURE_DIR, 'uploads');

export async function fixtureItem(id: number): Promise<WxrItem> {
  for await (const record of readWxr(FIXTURE_EXPORT)) if (record.kind === 'item' && record.item.id === id) return record.item;
  throw new Error(`no item ${id} in the fixture`);
}
