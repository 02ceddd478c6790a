import { useLocale } from 'next-intl';
import { interfaceCategoryName, type CategoryNames } from '@/lib/text/category-name';

/** A category's name in the interface's language; the original, isolated, where it has none. */
export function CategoryName({ category }: { category: CategoryNames }) {
  const own = interfaceCategoryName(category, useLocale());
  return own ?? <bdi dir="auto">{category.name}</bdi>;
}
