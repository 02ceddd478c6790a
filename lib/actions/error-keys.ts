import 'server-only';
import messages from '@/messages/ar.json';
import type { AdminErrorKey, CommentErrorKey } from '@/lib/i18n-keys';

// A schema's message is a message key; one that is not (a typo, a library's own text) is shown as
// the generic refusal instead of as a raw key.

export const adminErrorKey = (message: string): AdminErrorKey => (message in messages.Admin.errors ? (message as AdminErrorKey) : 'invalid');

export const commentErrorKey = (message: string): CommentErrorKey => (message in messages.Comments.errors ? (message as CommentErrorKey) : 'invalid');
