import { PlainLink } from '@/components/ui/plain-link';

/** «الرئيسية › القسم»: the trail to the current page; the last item is the current page. */
export function Breadcrumb({ label, items }: { label: string; items: { href?: string; name: string }[] }) {
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-muted">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <PlainLink href={item.href} className="inline-flex min-h-11 items-center hover:text-brand-ink hover:underline">
                {item.name}
              </PlainLink>
            ) : (
              <span aria-current="page">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
