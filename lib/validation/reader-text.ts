import { z } from 'zod';
import { neutralizeText } from '@/lib/text/unicode-controls';

/**
 * Text that readers will see (titles, excerpts, names, captions): without the bidi overrides,
 * embeddings, isolates and hidden characters that could reorder or hide it, as in comments.
 */
export const readerText = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? neutralizeText(v) : v), schema);
