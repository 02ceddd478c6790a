// Categories are named in the site's language; the French and English interfaces may give each one
// a name of their own. Where they give none, the original is shown as an isolated run.

export interface CategoryNames {
  name: string;
  nameFr: string;
  nameEn: string;
}

/** What every category read for the public pages selects. */
export const CATEGORY_NAME_FIELDS = { name: true, nameFr: true, nameEn: true } as const;

/** The category's name in the interface's language, or null when that interface has none. */
export function interfaceCategoryName(category: CategoryNames, locale: string): string | null {
  const name = locale === 'fr' ? category.nameFr : locale === 'en' ? category.nameEn : category.name;
  return name || null;
}

/** For plain text (titles, feeds): the interface's name, else the original. */
export function categoryNameText(category: CategoryNames, locale: string): string {
  return interfaceCategoryName(category, locale) ?? category.name;
}
