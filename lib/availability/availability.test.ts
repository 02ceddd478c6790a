import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ar from '../../messages/ar.json';
import fr from '../../messages/fr.json';
import { unavailablePage } from './unavailable-page';

describe('the 503 page', () => {
  it('speaks the interface language of the path and asks to come back', () => {
    const arabic = unavailablePage('/news/5/x');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.html).toContain(ar.Unavailable.title);
    expect(arabic.headers['Retry-After']).toBe('30');
    expect(arabic.headers['Cache-Control']).toBe('no-store');
    const french = unavailablePage('/fr/search', '?q=eau');
    expect(french.html).toContain('<html lang="fr" dir="ltr">');
    expect(french.html).toContain(fr.Unavailable.text);
  });

  it('keeps the search of the retry link and cannot be made to carry markup', () => {
    const page = unavailablePage('/search', '?q="><script>alert(1)</script>');
    expect(page.html).not.toContain('<script>');
    expect(page.html).toContain('href="/search?q=&#34;&#62;&#60;script&#62;');
  });
});

describe('the database probe', () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = saved;
    vi.resetModules();
  });
  const probeFor = async (url: string) => {
    process.env.DATABASE_URL = url;
    vi.resetModules();
    const { databaseAnswers } = await import('./database-health');
    return databaseAnswers();
  };

  it('answers yes for a readable SQLite file and no for a missing one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
    new Database(path.join(dir, 'ok.db')).close();
    expect(await probeFor(`file:${path.join(dir, 'ok.db')}`)).toBe(true);
    expect(await probeFor(`file:${path.join(dir, 'missing.db')}`)).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });

  it('answers no, quickly, for a PostgreSQL server that is not there', async () => {
    const started = Date.now();
    expect(await probeFor('postgresql://postgres@127.0.0.1:1/none')).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
