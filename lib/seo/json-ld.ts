// JSON-LD inside a <script> element: JSON.stringify alone would let a headline containing
// "</script>" end the element early. Escaping <, > and & (and the two line separators that old
// parsers treat as newlines) keeps the JSON identical once parsed and inert in the page.
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
