'use client';

import { useState } from 'react';
import { Icon } from '@/components/ui/icon';
import { useHydrated } from './use-hydrated';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const root = document.documentElement.classList;
  if (root.contains('dark')) return 'dark';
  if (root.contains('light')) return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Switches between light and dark and remembers the choice (applied before paint by ThemeScript). */
export function ThemeToggle({ labels }: { labels: { toggle: string; light: string; dark: string } }) {
  const hydrated = useHydrated();
  const [chosen, setTheme] = useState<Theme | null>(null);
  const theme = chosen ?? (hydrated ? currentTheme() : null);
  if (!theme) return <span className="inline-block size-11" aria-hidden="true" />;
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      aria-label={labels.toggle}
      title={next === 'dark' ? labels.dark : labels.light}
      aria-pressed={theme === 'dark'}
      className="round-button"
      onClick={() => {
        const root = document.documentElement.classList;
        root.remove('light', 'dark');
        root.add(next);
        try {
          localStorage.setItem('theme', next);
        } catch {}
        setTheme(next);
      }}
    >
      <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
    </button>
  );
}
