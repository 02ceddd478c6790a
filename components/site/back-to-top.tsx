'use client';

import { useSyncExternalStore } from 'react';
import { Icon } from '@/components/ui/icon';
import { useHydrated } from './use-hydrated';

// Read on scroll and once at the next frame, never while rendering: reading scrollY there makes the
// browser lay out the whole page in the middle of hydration.
let scrolled = false;
const subscribeScroll = (onChange: () => void) => {
  const check = () => {
    scrolled = window.scrollY > window.innerHeight * 0.75;
    onChange();
  };
  window.addEventListener('scroll', check, { passive: true });
  const frame = requestAnimationFrame(check);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', check);
  };
};
const scrolledDown = () => scrolled;

/**
 * «زر الذهاب إلى الأعلى». Without JavaScript it is a plain link to #top, shown after some scrolling
 * where the browser ties animations to scrolling (.back-to-top), else always; with it,
 * it appears after some scrolling, scrolls smoothly unless the reader prefers reduced motion,
 * and puts the keyboard focus back at the top of the page.
 */
export function BackToTop({ label }: { label: string }) {
  const enhanced = useHydrated();
  const visible = useSyncExternalStore(subscribeScroll, scrolledDown, () => false);
  const hidden = enhanced && !visible;
  return (
    <a
      href="#top"
      aria-label={label}
      title={label}
      aria-hidden={hidden || undefined}
      tabIndex={hidden ? -1 : undefined}
      data-visible={!hidden}
      className="back-to-top fixed bottom-4 end-4 z-50 inline-flex size-12 items-center justify-center rounded-full bg-brand text-on-brand shadow-lg transition-opacity duration-200 data-[visible=false]:pointer-events-none data-[visible=false]:opacity-0 motion-reduce:transition-none"
      onClick={(e) => {
        e.preventDefault();
        const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
        window.scrollTo({ top: 0, behavior: reduce ? 'auto' : 'smooth' });
        document.getElementById('top')?.focus({ preventScroll: true });
        history.replaceState(null, '', location.pathname + location.search);
      }}
    >
      <Icon name="arrowUp" className="size-6" />
    </a>
  );
}
