// The production server's page store: public answers kept in memory, least recently used first
// out once over the byte budget (PAGE_STORE_MB, default 64). An entry is dropped the moment any
// of its cache tags is refreshed (a write anywhere refreshes them), and served stale for its
// stale-while-revalidate window while one request asks Next for a fresh copy.
import type { StoredPage } from './stored-page';

export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): StoredPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Most recently used last.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: StoredPage) {
    this.delete(key);
    if (page.bytes > this.maxBytes / 4) return;
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= old.bytes;
    }
  }

  delete(key: string) {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }

  get size() {
    return { pages: this.pages.size, bytes: this.bytes };
  }
}
