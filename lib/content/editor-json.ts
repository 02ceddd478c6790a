// The editor's JSON written the way the document schema reads it: Tiptap gives every attribute
// it knows, null when unset; the schema's optional attributes are absent instead.
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    const cleaned = withoutNulls(v);
    // An attrs object left empty says nothing.
    if (key === 'attrs' && cleaned && typeof cleaned === 'object' && !Object.keys(cleaned).length) continue;
    out[key] = cleaned;
  }
  return out;
}
