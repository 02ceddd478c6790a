import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_CLIENT_NAMESPACES, COMMENT_CLIENT_NAMESPACES, SITE_CLIENT_NAMESPACES } from '@/i18n/client-messages';

/** The message namespaces the client components under `roots` ask for (useTranslations('Ns.sub') counts as Ns). */
function clientNamespaces(roots: string[], skip: (file: string) => boolean = () => false): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (file: string) => {
    if (fs.statSync(file).isDirectory()) return fs.readdirSync(file).forEach((name) => visit(path.join(file, name)));
    if (!/\.tsx?$/.test(file) || skip(file)) return;
    const source = fs.readFileSync(file, 'utf8');
    if (!/^['"]use client['"]/m.test(source)) return;
    expect(source, `${file} names its namespace`).not.toMatch(/useTranslations\(\s*\)/);
    for (const m of source.matchAll(/useTranslations\(\s*'([^'.]+)/g)) found.set(m[1]!, file);
  };
  roots.forEach(visit);
  return found;
}

describe('client messages', () => {
  it('the public site sends every namespace its client components use', () => {
    const used = clientNamespaces(['components', 'app'], (file) => file.includes('admin') || file.includes('comments'));
    for (const [ns, file] of used) expect(SITE_CLIENT_NAMESPACES as readonly string[], `${ns}, used by ${file}`).toContain(ns);
  });

  it('the comments send every namespace their client components use', () => {
    for (const [ns, file] of clientNamespaces(['components/site/comments']))
      expect(COMMENT_CLIENT_NAMESPACES as readonly string[], `${ns}, used by ${file}`).toContain(ns);
  });

  it('the admin sends every namespace its client components use', () => {
    for (const [ns, file] of clientNamespaces(['components', 'app']))
      expect(ADMIN_CLIENT_NAMESPACES as readonly string[], `${ns}, used by ${file}`).toContain(ns);
  });
});
