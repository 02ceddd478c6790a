// What the editor keeps of HTML pasted from Word, Google Docs and web pages: paragraphs, headings,
// lists, quotes, simple tables, bold, italic and links; never fonts, colours, sizes, classes,
// spans, images from elsewhere or scripts. Word's and Docs' own ways of saying "bold" (a styled
// span) and "list" (paragraphs with mso-list) become the real elements first, so they survive.
// Works on a DOM Document (the browser's DOMParser; happy-dom in tests); no server imports.

const DROP =
  'script, style, meta, link, title, noscript, iframe, object, embed, svg, canvas, video, audio, img, picture, form, input, button, select, textarea, xml';
const KEEP = new Set(['P', 'H2', 'H3', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'STRONG', 'EM', 'A', 'BR', 'HR']);
const RENAME: Record<string, string> = { B: 'STRONG', I: 'EM', H1: 'H2', H4: 'H3', H5: 'H3', H6: 'H3', CAPTION: 'P' };
const BLOCKS = new Set([
  'P',
  'H2',
  'H3',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'HR',
]);

const style = (el: Element) => (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
const isBold = (el: Element) => /font-weight:(bold|[6-9]00)/.test(style(el));
const isItalic = (el: Element) => /font-style:italic/.test(style(el));
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

export function cleanPastedHtml(html: string, parse: (html: string) => Document): string {
  const doc = parse(html);
  const body = doc.body;
  removeComments(body);
  body.querySelectorAll(DROP).forEach((el) => el.remove());
  // Word's list bullets and numbers are text in a span marked mso-list:Ignore.
  const listMarkers = new Map<Element, string>();
  body.querySelectorAll('p').forEach((p) => {
    if (!/mso-list:/.test(style(p))) return;
    const marker = [...p.querySelectorAll('span')].find((s) => /mso-list:ignore/.test(style(s)));
    listMarkers.set(p, marker?.textContent?.trim() ?? '');
    marker?.remove();
  });
  wordLists(doc, listMarkers);
  styledInline(doc, body);
  rename(doc, body);
  unwrapUnknown(doc, body);
  stripAttributes(body);
  // Word's blank lines (<p>&nbsp;</p>) and empty wrappers.
  body.querySelectorAll('p, h2, h3, li').forEach((el) => {
    if (!el.textContent?.trim() && !el.querySelector('br, hr, table')) el.remove();
  });
  return body.innerHTML;
}

function removeComments(root: Node) {
  for (const child of [...root.childNodes]) {
    if (child.nodeType === 8) child.remove();
    else removeComments(child);
  }
}

/** Consecutive Word list paragraphs become <ul>/<ol> with <li>, nested by their level. */
function wordLists(doc: Document, markers: Map<Element, string>) {
  const level = (p: Element) => Number(/level(\d+)/.exec(style(p))?.[1] ?? 1);
  const ordered = (marker: string) => /^[\d\u0660-\u0669a-z\u0621-\u064a]{1,3}[.)-]/i.test(marker);
  for (const first of markers.keys()) {
    if (!first.isConnected || (first.previousElementSibling && markers.has(first.previousElementSibling))) continue;
    const run: Element[] = [];
    for (let el: Element | null = first; el && markers.has(el); el = el.nextElementSibling) run.push(el);
    const root = doc.createElement(ordered(markers.get(first)!) ? 'ol' : 'ul');
    first.before(root);
    const stack: { list: Element; level: number }[] = [{ list: root, level: level(first) }];
    for (const p of run) {
      const l = level(p);
      while (stack.length > 1 && l < stack.at(-1)!.level) stack.pop();
      if (l > stack.at(-1)!.level) {
        const nested = doc.createElement(ordered(markers.get(p)!) ? 'ol' : 'ul');
        (stack.at(-1)!.list.lastElementChild ?? stack.at(-1)!.list).append(nested);
        stack.push({ list: nested, level: l });
      }
      const li = doc.createElement('li');
      li.append(...p.childNodes);
      stack.at(-1)!.list.append(li);
      p.remove();
    }
  }
}

/** Spans (and Docs' outer <b style="font-weight:normal">) styled bold or italic become <strong>/<em>. */
function styledInline(doc: Document, root: Element) {
  root.querySelectorAll('b, strong').forEach((b) => {
    if (/font-weight:(normal|[1-4]00)/.test(style(b))) b.replaceWith(...b.childNodes);
  });
  root.querySelectorAll('span, font').forEach((span) => {
    let inner: Node[] = [...span.childNodes];
    if (isItalic(span)) inner = [wrap(doc, 'em', inner)];
    if (isBold(span)) inner = [wrap(doc, 'strong', inner)];
    span.replaceWith(...inner);
  });
  // Headings pasted from Word keep their text but not their bold run.
  root.querySelectorAll('h1 strong, h2 strong, h3 strong, h4 strong, h5 strong, h6 strong').forEach((s) => s.replaceWith(...s.childNodes));
}

function wrap(doc: Document, tag: string, nodes: Node[]) {
  const el = doc.createElement(tag);
  el.append(...nodes);
  return el;
}

function rename(doc: Document, root: Element) {
  for (const [from, to] of Object.entries(RENAME)) {
    root.querySelectorAll(from).forEach((el) => {
      const next = doc.createElement(to);
      for (const name of ['href', 'colspan', 'rowspan']) if (el.hasAttribute(name)) next.setAttribute(name, el.getAttribute(name)!);
      next.append(...el.childNodes);
      el.replaceWith(next);
    });
  }
}

/** Elements that are not kept give way to their content; a <div> of text becomes a paragraph. */
function unwrapUnknown(doc: Document, root: Element) {
  for (const el of [...root.querySelectorAll('*')].reverse()) {
    if (KEEP.has(el.tagName)) {
      if (el.tagName === 'A' && !SAFE_HREF.test(el.getAttribute('href') ?? '')) el.replaceWith(...el.childNodes);
      continue;
    }
    const hasBlocks = [...el.children].some((c) => BLOCKS.has(c.tagName));
    if (BLOCKS.has(el.tagName) && !hasBlocks && el.textContent?.trim()) {
      const p = doc.createElement('p');
      p.append(...el.childNodes);
      el.replaceWith(p);
    } else el.replaceWith(...el.childNodes);
  }
}

function stripAttributes(root: Element) {
  root.querySelectorAll('*').forEach((el) => {
    for (const { name } of [...el.attributes]) {
      const keep = (el.tagName === 'A' && name === 'href') || ((el.tagName === 'TD' || el.tagName === 'TH') && (name === 'colspan' || name === 'rowspan'));
      if (!keep) el.removeAttribute(name);
    }
  });
}
