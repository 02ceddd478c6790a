// What a page's HTML carries for React in the browser: the RSC payload ("flight data") that Next
// inlines as `self.__next_f.push([1, "…"])` scripts, and the client components it asks to hydrate.

/** The inlined RSC payload of a page's HTML, decoded. */
export function flightData(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1]!) as string).join('');
}

/** How many client component instances the payload has React hydrate, by component name. */
export function clientComponentUses(payload: string): Map<string, number> {
  // A client reference is a row `<id>:I[<module>,[<chunks>],"<export>"]`; each use is "$L<id>".
  const references = new Map([...payload.matchAll(/^([0-9a-f]+):I\[(\d+),\[[^\]]*\],"([^"]+)"/gm)].map((m) => [m[1]!, `${m[3]} (module ${m[2]})`]));
  const uses = new Map<string, number>();
  for (const [, id] of payload.matchAll(/"\$L([0-9a-f]+)"/g)) {
    const name = references.get(id!);
    if (name) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  return uses;
}
