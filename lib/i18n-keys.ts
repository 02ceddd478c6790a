// Message keys that travel from a server action to the form that shows them, typed from the Arabic
// messages (the reference the other languages are checked against in tests/messages.test.ts).
import type { MessageKeys, NestedKeyOf } from 'next-intl';
import type messages from '@/messages/ar.json';

type Messages = typeof messages;

/** A key of «Admin.errors». */
export type AdminErrorKey = keyof Messages['Admin']['errors'];
/** A key of «Comments.errors». */
export type CommentErrorKey = keyof Messages['Comments']['errors'];
/** Any message of the «Admin» namespace: what a shared form says after a success (okKey). */
export type AdminMessageKey = MessageKeys<Messages['Admin'], NestedKeyOf<Messages['Admin']>>;
/** A tool of the rich-text toolbar, named in «Admin.richText.tools». */
export type RichTextTool = keyof Messages['Admin']['richText']['tools'];
