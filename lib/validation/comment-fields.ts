// Field names and limits of the comment form, without the validator itself, so that the form can
// share them without shipping the schema library to every reader.
export const COMMENT_LIMITS = { name: 80, email: 254, website: 200, body: 5000 } as const;

export type CommentField = 'name' | 'email' | 'website' | 'body';

/** What the form sends back when it is refused, so that nothing typed is lost. */
export type CommentValues = Record<CommentField, string>;

export const EMPTY_COMMENT: CommentValues = { name: '', email: '', website: '', body: '' };

/** The form's hidden trap for bots: people never see it, scripts that fill every field do. */
export const HONEYPOT_FIELD = 'company';
/** When the reader started typing (set by the form's script), for the minimum fill time. */
export const STARTED_AT_FIELD = 'startedAt';
