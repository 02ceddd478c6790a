// The newsroom schedules in Casablanca time, whatever the server's zone. Morocco moves between
// UTC+1 and UTC+0 (around Ramadan), so the offset is read from the time-zone database each time.
import { NEWSROOM_TIME_ZONE } from './dates';

function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-07-14T09:30" read as Casablanca wall time -> the instant. Null when not a valid value. */
export function zonedToUtc(local: string, timeZone = NEWSROOM_TIME_ZONE): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  if (Number.isNaN(wall)) return null;
  // Two passes settle the offset across a change of offset.
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

/** An instant as a datetime-local value in Casablanca time. */
export function utcToZoned(date: Date, timeZone = NEWSROOM_TIME_ZONE): string {
  const shifted = new Date(date.getTime() + offsetMs(date.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}
