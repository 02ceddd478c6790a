import { describe, expect, it } from 'vitest';
import { categoryNameText, interfaceCategoryName } from './category-name';

const economy = { name: 'اقتصاد', nameFr: 'Économie', nameEn: '' };

describe('category names per interface', () => {
  it('gives each interface its own name, and none where the editors wrote none', () => {
    expect(interfaceCategoryName(economy, 'ar')).toBe('اقتصاد');
    expect(interfaceCategoryName(economy, 'fr')).toBe('Économie');
    expect(interfaceCategoryName(economy, 'en')).toBeNull();
  });
  it('falls back to the original name in plain text', () => {
    expect(categoryNameText(economy, 'en')).toBe('اقتصاد');
  });
});
