// Authors, categories (parents first) and tags: matched by their old id on a re-run, by email or
// slug when the portal already has them (merged, not duplicated), created otherwise.
import { createCategory, createImportedUser, createTag, findCategory, findTag, findUserByEmail, updateCategory, updateImportedUser } from '@/lib/data/imports';
import type { Role } from '@/lib/generated/sqlite/client';
import { slugify } from '@/lib/text/slug';
import { authorPath, categoryPath, tagPath } from '@/lib/urls';
import type { WxrTerm } from '../wxr/records';
import { htmlToText } from '../convert';
import { hashOf, type ImportRun } from './run';
import { addRedirect } from './redirects';

/** A WordPress slug (percent-encoded) as a portal slug. */
export function portalSlug(wpSlug: string, fallback: string): string {
  let decoded = wpSlug;
  try {
    decoded = decodeURIComponent(wpSlug);
  } catch {
    // kept as written
  }
  const clean = decoded.normalize('NFC').toLowerCase();
  return /^[\p{L}\p{N}-]{1,120}$/u.test(clean) ? clean : slugify(decoded) || slugify(fallback) || 'item';
}

export async function importAuthors(run: ImportRun): Promise<Map<string, { id: number; slug: string }>> {
  const users = new Map<string, { id: number; slug: string }>();
  const roles = run.options.roles ?? {};
  const defaulted: string[] = [];
  for (const author of run.index.authors.values()) {
    const name = htmlToText(author.displayName) || [author.firstName, author.lastName].join(' ').trim() || author.login;
    const role: Role = roles[author.login] ?? run.options.defaultRole ?? 'AUTHOR';
    const sourceHash = hashOf([name, author.email]);
    const known = run.imported('author', author.login);
    let id: number;
    let slug: string;
    if (known) {
      id = known.localId;
      slug = portalSlug(author.login, name);
      if (known.sourceHash === sourceHash) run.report.count('authors', 'unchanged');
      else {
        if (!run.dryRun) slug = (await updateImportedUser(id, { name })).slug;
        run.report.count('authors', 'updated');
      }
    } else {
      const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(author.email)
        ? author.email.toLowerCase()
        : `${portalSlug(author.login, 'author')}@wordpress-import.invalid`;
      const existing = await findUserByEmail(email);
      if (existing) {
        ({ id, slug } = existing);
        run.report.count('authors', 'unchanged');
      } else if (run.dryRun) {
        id = run.nextFakeId();
        slug = portalSlug(author.login, name);
        run.report.count('authors', 'created');
      } else {
        ({ id, slug } = await createImportedUser({ email, name, slug: portalSlug(author.login, name), role }));
        if (!roles[author.login]) defaulted.push(author.login);
        run.report.count('authors', 'created');
      }
    }
    await run.remember('author', author.login, { localId: id, sourceHash, writtenHash: '' });
    users.set(author.login, { id, slug });
    const target = authorPath({ slug });
    await addRedirect(run, `/author/${author.login}`, target, 'author');
    await addRedirect(run, `/?author=${author.id}`, target, 'author');
  }
  for (const login of defaulted) run.report.warn('roles-not-in-export', login);
  return users;
}

/** Categories in an order where every parent comes before its children. */
function parentsFirst(terms: WxrTerm[]): WxrTerm[] {
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const depth = (t: WxrTerm, seen = new Set<string>()): number => {
    const parent = bySlug.get(t.parent);
    if (!parent || seen.has(t.slug)) return 0;
    seen.add(t.slug);
    return 1 + depth(parent, seen);
  };
  return [...terms].sort((a, b) => depth(a) - depth(b) || a.id - b.id);
}

/** `region/nador-city`: the path WordPress shows for a nested category. */
function categoryTrail(term: WxrTerm, bySlug: Map<string, WxrTerm>): string {
  const parts = [term.slug];
  const seen = new Set([term.slug]);
  for (let p = bySlug.get(term.parent); p && !seen.has(p.slug); p = bySlug.get(p.parent)) {
    parts.unshift(p.slug);
    seen.add(p.slug);
  }
  return parts.join('/');
}

export interface TermTables {
  /** Portal category id and slug by WordPress slug (as written in the export). */
  categories: Map<string, { id: number; slug: string; depth: number; termId: number }>;
  tags: Map<string, { id: number; slug: string }>;
}

export async function importCategories(run: ImportRun): Promise<TermTables['categories']> {
  const out: TermTables['categories'] = new Map();
  const terms = [...run.index.categories.values()];
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const base = run.options.categoryBase ?? 'category';
  for (const term of parentsFirst(terms)) {
    const name = htmlToText(term.name) || term.slug;
    const description = htmlToText(term.description);
    const parent = term.parent ? out.get(term.parent) : undefined;
    const parentId = parent?.id ?? null;
    const sourceHash = hashOf([name, description, term.parent]);
    const known = run.imported('category', term.id);
    let id: number;
    let slug: string;
    const wanted = portalSlug(term.slug, name);
    if (known) {
      id = known.localId;
      slug = (await findCategory({ id }))?.slug ?? wanted;
      if (known.sourceHash === sourceHash) run.report.count('categories', 'unchanged');
      else {
        if (!run.dryRun && id > 0) await updateCategory(id, { name, description, parentId: parentId && parentId > 0 ? parentId : null });
        run.report.count('categories', 'updated');
      }
    } else {
      const existing = await findCategory({ slug: wanted });
      if (existing) {
        ({ id, slug } = existing);
        run.report.count('categories', 'unchanged');
      } else if (run.dryRun) {
        id = run.nextFakeId();
        slug = wanted;
        run.report.count('categories', 'created');
      } else {
        ({ id, slug } = await createCategory({ slug: wanted, name, description, parentId: parentId && parentId > 0 ? parentId : null }));
        run.report.count('categories', 'created');
      }
    }
    await run.remember('category', term.id, { localId: id, sourceHash, writtenHash: '' });
    out.set(term.slug, { id, slug, depth: (parent?.depth ?? -1) + 1, termId: term.id });
    const target = categoryPath({ slug });
    await addRedirect(run, `/${base}/${categoryTrail(term, bySlug)}`, target, 'category');
    await addRedirect(run, `/${base}/${term.slug}`, target, 'category');
    await addRedirect(run, `/?cat=${term.id}`, target, 'category');
  }
  return out;
}

export async function importTags(run: ImportRun): Promise<TermTables['tags']> {
  const out: TermTables['tags'] = new Map();
  const base = run.options.tagBase ?? 'tag';
  for (const term of run.index.tags.values()) {
    const name = htmlToText(term.name) || term.slug;
    const wanted = portalSlug(term.slug, name);
    const known = run.imported('tag', term.id);
    let id: number;
    let slug = wanted;
    const existing = known ? await findTag({ id: known.localId }) : await findTag({ slug: wanted });
    if (existing) {
      ({ id, slug } = existing);
      run.report.count('tags', 'unchanged');
    } else if (run.dryRun) {
      id = run.nextFakeId();
      run.report.count('tags', 'created');
    } else {
      ({ id, slug } = await createTag({ slug: wanted, name: name.slice(0, 40) }));
      run.report.count('tags', 'created');
    }
    await run.remember('tag', term.id, { localId: id, sourceHash: hashOf(name), writtenHash: '' });
    out.set(term.slug, { id, slug });
    const target = tagPath({ slug });
    await addRedirect(run, `/${base}/${term.slug}`, target, 'tag');
    await addRedirect(run, `/?tag=${term.slug}`, target, 'tag');
  }
  return out;
}
