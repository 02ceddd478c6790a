import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { signOut } from '@/lib/actions/auth';
import { MobileMenu } from '@/components/site/mobile-menu';
import { AdminNavLink } from './admin-nav-link';
import { SiteLink } from '@/components/admin/site-link';

/** The admin frame: a sidebar (a drawer on phones) with what the role may use, and the pending count. */
export function AdminShell({ user, pendingComments, children }: { user: SessionUser; pendingComments: number; children: ReactNode }) {
  const t = useTranslations('Admin');
  const items: [string, string, boolean, ReactNode?][] = [
    ['/admin', t('nav.dashboard'), true],
    ['/admin/articles', t('nav.articles'), true],
    ['/admin/articles/new', t('nav.newArticle'), true],
    ['/admin/media', t('nav.media'), true],
    [
      '/admin/comments',
      t('nav.comments'),
      can(user, 'comments:moderate'),
      pendingComments > 0 && (
        <span className="rounded-full bg-urgent px-2 text-sm text-white" aria-label={t('nav.pendingCount', { count: pendingComments })}>
          {pendingComments}
        </span>
      ),
    ],
    ['/admin/categories', t('nav.categories'), can(user, 'taxonomy:manage')],
    ['/admin/tags', t('nav.tags'), can(user, 'taxonomy:manage')],
    ['/admin/redirects', t('nav.redirects'), can(user, 'redirects:manage')],
    ['/admin/users', t('nav.users'), can(user, 'users:manage')],
    ['/admin/settings', t('nav.settings'), can(user, 'settings:manage')],
    ['/admin/audit', t('nav.audit'), can(user, 'audit:read')],
    ['/admin/account', t('nav.account'), true],
  ];
  const allowedItems = items.filter(([, , allowed]) => allowed);
  const hrefs = allowedItems.map(([href]) => href);
  const nav = (
    <ul className="flex flex-col gap-1 p-3">
      {allowedItems.map(([href, label, , badge]) => (
        <li key={href}>
          <AdminNavLink href={href} siblings={hrefs}>
            <span>{label}</span>
            {badge}
          </AdminNavLink>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="lg:grid lg:min-h-dvh lg:grid-cols-[16rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
      <a href="#admin-main" className="skip-link">
        {t('nav.label')}
      </a>
      <header className="border-b border-line bg-surface lg:row-span-2 lg:border-b-0 lg:border-e">
        <div className="flex items-center justify-between gap-2 p-3">
          <Link href="/admin" className="font-kufi text-lg font-bold text-brand-ink">
            {t('brand')}
          </Link>
          <div className="lg:hidden">
            <nav aria-label={t('nav.label')} className="relative">
              <MobileMenu label={t('nav.menu')}>{nav}</MobileMenu>
            </nav>
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="hidden lg:block">
          {nav}
        </nav>
        <div className="hidden border-t border-line p-3 text-sm lg:block">
          <p className="font-bold">{user.name}</p>
          <p className="text-muted">{t(`roles.${user.role}`)}</p>
        </div>
      </header>
      <div className="flex items-center justify-between gap-2 border-b border-line bg-surface px-4 py-2 text-sm">
        <span className="lg:hidden">{`${user.name} · ${t(`roles.${user.role}`)}`}</span>
        <div className="ms-auto flex items-center gap-2">
          <SiteLink href="/" className="inline-flex min-h-11 items-center px-2 hover:underline">
            {t('nav.viewSite')}
          </SiteLink>
          <form action={signOut}>
            <button type="submit" className="inline-flex min-h-11 items-center rounded-md border border-line px-3 hover:bg-line">
              {t('nav.signOut')}
            </button>
          </form>
        </div>
      </div>
      <main id="admin-main" tabIndex={-1} className="min-w-0 p-4 outline-none md:p-6">
        {children}
      </main>
    </div>
  );
}
