/** The comment form's «ردّاً على» and its text (components/site/comments/comment-form.tsx). */
export const REPLY_FIELDS = { thread: 'comment-parentId', body: 'comment-body' } as const;

/**
 * A comment's «رد» link (data-reply-to) sets the page's one form to answer that thread and puts
 * the cursor in its text (the change event tells the form). Without JavaScript, and before the
 * framework arrives on the reader's first use, the link leads to the form, where «ردّاً على» is
 * chosen by hand (and kept at hydration). The listener is added once per document.
 */
export function replyLinks(fields: { thread: string; body: string }) {
  const root = document.documentElement;
  if (root.dataset.replyLinks) return;
  root.dataset.replyLinks = '1';
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-reply-to]') : null;
    const thread = document.getElementById(fields.thread);
    if (!link || !(thread instanceof HTMLSelectElement)) return;
    event.preventDefault();
    thread.value = link.getAttribute('data-reply-to') ?? '';
    thread.dispatchEvent(new Event('change', { bubbles: true }));
    document.getElementById(fields.body)?.focus();
  });
}
