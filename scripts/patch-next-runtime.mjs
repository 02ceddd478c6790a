// Run after patch-package on install. Works around vercel/next.js#86945: Next.js answers a server-action request whose body it
// cannot read (a malformed multipart body, or one over the size limit) with a 500 and logs it as
// a server error; this makes it a 4xx answered quietly, in the minified production runtimes
// where the action handler lives (too large for patch-package, whose diffs are whole lines).
// Fails the install, loudly, if Next's code no longer has the expected shape or no runtime file is
// found: a silent no-op would bring the 500s back after an upgrade. e2e/next-patches.spec.ts
// checks the behaviour.
import fs from 'node:fs';
import path from 'node:path';

const dir = 'node_modules/next/dist/compiled/next-server';
const CLIENT_ERRORS =
  'Malformed part header|Malformed content type|Malformed urlencoded form|Unexpected end of (form|file)|Multipart: Boundary not found|Unsupported content type|Missing Content-Type|Failed to parse body as FormData';
// The end of the action handler's catch: the redirect branch (its RenderResult name), the
// not-found branch, then the fetch-action branch that answers 500.
const CATCH =
  /(Location",\w+\),\{type:"done",result:(\w+)\.EMPTY\}\}if\(\w+\(\w+\)\)\{.{0,400}?return\{type:"not-found"\}\})(if\(\w+\)\{(\w+)\.statusCode=500,(\w+)\.statusCode=500;let \w+=Promise\.reject\((\w+)\))/s;

const runtimes = fs.readdirSync(dir).filter((f) => /^app-page.*\.runtime\.prod\.js$/.test(f));
if (runtimes.length === 0) throw new Error(`patch-next-runtime: no app-page runtime in ${dir}; review this patch for the new Next.js version`);
let patched = 0;
for (const file of runtimes) {
  const full = path.join(dir, file);
  const source = fs.readFileSync(full, 'utf8');
  if (source.includes('clientErrorStatus')) continue;
  const match = CATCH.exec(source);
  if (!match) throw new Error(`patch-next-runtime: the action handler of ${full} has changed; review this patch for the new Next.js version`);
  const [, head, result, fetchBranch, res, metadata, err] = match;
  const check =
    `{let clientErrorStatus=typeof(null==${err}?void 0:${err}.statusCode)=="number"&&${err}.statusCode>=400&&${err}.statusCode<500?${err}.statusCode:` +
    `/^(${CLIENT_ERRORS})/.test(String(null==${err}?void 0:${err}.message))?400:void 0;` +
    `if(void 0!==clientErrorStatus)return ${res}.statusCode=clientErrorStatus,${metadata}.statusCode=clientErrorStatus,{type:"done",result:${result}.EMPTY}}`;
  fs.writeFileSync(full, source.slice(0, match.index) + head + check + fetchBranch + source.slice(match.index + match[0].length));
  patched++;
}
if (patched) console.log(`patch-next-runtime: ${patched} runtime file(s) answer unreadable action bodies with 4xx`);
