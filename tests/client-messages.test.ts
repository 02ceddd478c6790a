import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_CLIENT_NAMESPACES, COMMENT_CLIENT_NAMESPACES, SITE_CLIENT_NAMESPACES, plainMessages, type PlainMessages } from '@/i18n/client-messages';
import { routing } from '@/i18n/routing';

type Source = { file: string; source: string };

/** The client components under `roots` ('use client' files), but those `skip` leaves out. */
function clientSources(roots: string[], skip: (file: string) => boolean = () => false): Source[] {
  const found: Source[] = [];
  const visit = (file: string) => {
    if (fs.statSync(file).isDirectory()) return fs.readdirSync(file).forEach((name) => visit(path.join(file, name)));
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || skip(file)) return;
    const source = fs.readFileSync(file, 'utf8');
    if (/^['"]use client['"]/m.test(source)) found.push({ file, source });
  };
  roots.forEach(visit);
  return found;
}

/** The namespaces `hook('Ns.sub')` asks for in `sources` (as Ns), with a file that asks. */
function namespaces(sources: Source[], hook: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, source } of sources) {
    expect(source, `${file} names its namespace`).not.toMatch(new RegExp(`${hook}\\(\\s*\\)`));
    for (const m of source.matchAll(new RegExp(`${hook}\\(\\s*'([^'.]+)`, 'g'))) found.set(m[1]!, file);
  }
  return found;
}

const isAdmin = (file: string) => file.includes('admin');
const publicSources = clientSources(['components', 'app'], isAdmin);
const commentSources = publicSources.filter((s) => s.file.includes('comments'));
const messagesOf = (locale: string) => JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'));

describe('client messages', () => {
  it("the public site's client components take plain strings, not next-intl's client (its message parser stays off readers' phones)", () => {
    for (const { file, source } of publicSources) {
      // Types cost nothing in the browser.
      expect(source, file).not.toMatch(/^import (?!type\b)[^;]*from '(next-intl|use-intl)(\/[^']*)?'/m);
      expect(source, file).not.toMatch(/from '@\/i18n\/navigation'/);
    }
    // Shared with client components, so held to the same rule though it has no 'use client'.
    expect(fs.readFileSync('components/site/comments/comment-view.tsx', 'utf8')).not.toMatch(/from 'next-intl'/);
  });

  it('the public site sends every namespace its client components use', () => {
    const used = namespaces(
      publicSources.filter((s) => !s.file.includes('comments')),
      'usePlainTranslations',
    );
    for (const [ns, file] of used) expect(SITE_CLIENT_NAMESPACES as readonly string[], `${ns}, used by ${file}`).toContain(ns);
  });

  it('the comments send every namespace their client components use', () => {
    for (const [ns, file] of namespaces(commentSources, 'usePlainTranslations'))
      expect([...SITE_CLIENT_NAMESPACES, ...COMMENT_CLIENT_NAMESPACES], `${ns}, used by ${file}`).toContain(ns);
  });

  it.each(routing.locales)('every key a public client component looks up is a plain string in %s', (locale) => {
    const plain = plainMessages(messagesOf(locale), [...SITE_CLIENT_NAMESPACES, ...COMMENT_CLIENT_NAMESPACES]);
    const lookUp = (ns: string, key: string) =>
      key.split('.').reduce<PlainMessages | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), plain[ns]);
    for (const { file, source } of publicSources) {
      const ns = /usePlainTranslations\('([^']+)'\)/.exec(source)?.[1];
      if (!ns) continue;
      for (const m of source.matchAll(/\bt\(\s*'([^']+)'/g)) expect(typeof lookUp(ns, m[1]!), `${ns}.${m[1]} in ${file}`).toBe('string');
      // t(`errors.${code}`): the whole group must be plain.
      for (const m of source.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) {
        const group = messagesOf(locale)[ns][m[1]!] as Record<string, string>;
        expect(Object.keys(lookUp(ns, m[1]!) as PlainMessages), `${ns}.${m[1]} in ${file}`).toEqual(Object.keys(group));
      }
    }
  });

  it('the admin sends every namespace its client components use', () => {
    for (const [ns, file] of namespaces(clientSources(['components', 'app']), 'useTranslations'))
      expect(ADMIN_CLIENT_NAMESPACES as readonly string[], `${ns}, used by ${file}`).toContain(ns);
  });
});
