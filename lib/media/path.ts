/** Where a library image's renditions live (lib/media/store.ts); imported by client components too. */
export const mediaPath = (key: string) => `/media/${key}`;
