// Yoast SEO's title and description templates (`%%title%% %%sep%% %%sitename%%`) as plain text for
// this portal, which adds its own site name to titles.
const SEPARATORS = /^[\s|\-–—·•:»«/]+|[\s|\-–—·•:»«/]+$/g;

export function seoText(template: string | undefined, values: { title: string; excerpt: string; siteName: string }): string {
  if (!template?.trim()) return '';
  let text = template
    .replace(/%%(title|post_title)%%/g, values.title)
    .replace(/%%(excerpt|excerpt_only)%%/g, values.excerpt)
    .replace(/%%[a-z_]+%%/g, ' ')
    .replace(/\s+/g, ' ');
  if (values.siteName) text = text.split(values.siteName).join(' ');
  text = text.replace(/\s+/g, ' ').replace(SEPARATORS, '').trim();
  return text === values.title ? '' : text;
}
