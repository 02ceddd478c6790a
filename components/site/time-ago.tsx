/**
 * A publication time. Cached pages are rendered once and served for hours, so the server writes
 * the absolute date; RelativeTimes, once per page, shows «منذ 3 ساعات» over it against the
 * reader's clock (see .time-ago in app/globals.css), and the date moves to the tooltip.
 */
export function TimeAgo({ iso, absolute, className = '' }: { iso: string; absolute: string; className?: string }) {
  return (
    <time dateTime={compactDateTime(iso)} className={className ? `time-ago ${className}` : 'time-ago'}>
      {absolute}
    </time>
  );
}

/** «2026-12-02T20:27Z» for «2026-12-02T20:27:00.000Z»: the same instant, written on some fifty cards a page. */
const compactDateTime = (iso: string) => iso.replace(/:00\.000Z$/, 'Z');
