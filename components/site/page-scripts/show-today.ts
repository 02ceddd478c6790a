/** The top bar's date line (TodayDate). */
export const TODAY_LINE_ID = 'today-line';

/**
 * Shows the top bar's line for the reader's today among those the server wrote (TodayDate): each
 * holds from `data-from` to `data-to`. Self-contained: TodayDate has the page run its source as the
 * header is parsed (InlineScript), before the framework arrives.
 */
export function showToday(id: string, now = Date.now()) {
  for (const line of document.getElementById(id)?.children ?? []) {
    if (!(line instanceof HTMLElement) || !line.dataset.from) continue;
    line.hidden = !(Number(line.dataset.from) <= now && now < Number(line.dataset.to));
  }
}
