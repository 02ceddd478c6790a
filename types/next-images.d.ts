// Next's types for imported images (`import sprite from './icons.svg'`). next-env.d.ts carries
// the same reference but is written by `next build`, so a fresh clone's typecheck would miss it.
/// <reference types="next/image-types/global" />
