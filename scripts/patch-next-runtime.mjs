// Run after patch-package on install: three fixes to the minified production runtimes of Next.js
// (too large for patch-package, whose diffs are whole lines).
// 1. vercel/next.js#86945: a server-action request whose body Next cannot read (a malformed
//    multipart body, or one over the size limit) is answered 500 and logged as a server error;
//    this makes it a 4xx answered quietly.
// 2. vercel/next.js#62228: a page that calls notFound() is answered with an empty error shell
//    (`<html id="__next_error__">` and an empty body) and its not-found page is drawn by the
//    browser's JavaScript only: readers without JavaScript and crawlers get a blank page. The error
//    payload now renders the nearest not-found.tsx inside its layouts, as the browser would, and
//    keeps the shell when there is none (or when that render cannot be built).
// 3. Next's page cache stamps its tag times and entries with Date.now() but checks them against
//    its monotonic clock (performance.timeOrigin + performance.now(), as its 'use cache' handler
//    stamps them): after a step of the system clock an edit's expiry lay in the future, and the
//    replaced page was served as new. Both now use the monotonic clock (the same fix as
//    patches/next+16.4.6.patch makes to the unbundled copy of this cache).
// Fails the install, loudly, if Next's code no longer has the expected shape or no runtime file is
// found: a silent no-op would bring the bugs back after an upgrade. e2e/next-patches.spec.ts and
// e2e/reader.spec.ts check the behaviour.
import fs from 'node:fs';
import path from 'node:path';

const dir = 'node_modules/next/dist/compiled/next-server';
const CLIENT_ERRORS =
  'Malformed part header|Malformed content type|Malformed urlencoded form|Unexpected end of (form|file)|Multipart: Boundary not found|Unsupported content type|Missing Content-Type|Failed to parse body as FormData';
// The end of the action handler's catch: the redirect branch (its RenderResult name), the
// not-found branch, then the fetch-action branch that answers 500.
const CATCH =
  /(Location",\w+\),\{type:"done",result:(\w+)\.EMPTY\}\}if\(\w+\(\w+\)\)\{.{0,400}?return\{type:"not-found"\}\})(if\(\w+\)\{(\w+)\.statusCode=500,(\w+)\.statusCode=500;let \w+=Promise\.reject\((\w+)\))/s;

const runtimesOf = (kind) => {
  const found = fs.readdirSync(dir).filter((f) => new RegExp(`^app-${kind}.*\\.runtime\\.prod\\.js$`).test(f));
  if (found.length === 0) throw new Error(`patch-next-runtime: no app-${kind} runtime in ${dir}; review this patch for the new Next.js version`);
  return found;
};
const pageRuntimes = runtimesOf('page');
const allRuntimes = [...pageRuntimes, ...runtimesOf('route')];

function answerUnreadableBodies(source, file) {
  const match = CATCH.exec(source);
  if (!match) throw new Error(`patch-next-runtime: the action handler of ${file} has changed; review this patch for the new Next.js version`);
  const [, head, result, fetchBranch, res, metadata, err] = match;
  const check =
    `{let clientErrorStatus=typeof(null==${err}?void 0:${err}.statusCode)=="number"&&${err}.statusCode>=400&&${err}.statusCode<500?${err}.statusCode:` +
    `/^(${CLIENT_ERRORS})/.test(String(null==${err}?void 0:${err}.message))?400:void 0;` +
    `if(void 0!==clientErrorStatus)return ${res}.statusCode=clientErrorStatus,${metadata}.statusCode=clientErrorStatus,{type:"done",result:${result}.EMPTY}}`;
  return source.slice(0, match.index) + head + check + fetchBranch + source.slice(match.index + match[0].length);
}

// getRSCPayload(tree, ctx, options) and getErrorRSCPayload(tree, ctx, error, errorType, withMetadata).
// A fallback shell (prerendered for params not known yet, at build) keeps the error shell: the
// address, and so the layouts' params, are not known. withMetadata is false in a prerender.
const PAYLOAD = /async function ([\w$]+)\(\w,\w,\w\)\{var \w,\w;let \w,\{is404:/;
const ERROR_PAYLOAD = /async function ([\w$]+)\((\w),(\w),\w,(\w),(\w)\)\{(?=var \w;let\{getDynamicParamFromSegment:)/;
// continueStaticPrerenderWithInlinedData(errorHtml, originalFlight, …, ctx.sharedContext…); errorFlight.consume()
const INLINED_DATA =
  /let [\w$]+=await ([\w$]+\([\w$]+,)([\w$]+)(,[\w$]+,[\w$]+,null,[\w$]+,[\w$]+,[\w$]+,([\w$]+)\.sharedContext\.deploymentId,[\w$,]+\);)return ([\w$]+)\.consume\(\),\{error:void 0!==/;
// The matched route's loader tree ([segment, {children}, modules]) cut below the deepest segment
// that has a not-found module, whose page becomes that module: what the browser's not-found
// boundary shows, inside the same layouts. Null when no segment below the root has one.
const NOT_FOUND_TREE = `function notFoundLoaderTree(tree){let path=[];for(let node=tree;node;node=node[1]&&node[1].children)path.push(node);\
for(let i=path.length-1;i>0;i--){let notFound=path[i][2]&&path[i][2]["not-found"];if(!notFound)continue;\
if(!path.slice(0,i+1).some(n=>n[2]&&n[2].layout))return null;\
let cut=[path[i][0],{children:["/_not-found",{children:["__PAGE__",{},{page:notFound},null]},{},null]},path[i][2],...path[i].slice(3)];\
for(let j=i-1;j>=0;j--)cut=[path[j][0],{...path[j][1],children:cut},path[j][2],...path[j].slice(3)];return cut}return null}`;

function renderNotFoundPages(source, file) {
  const payload = PAYLOAD.exec(source)?.[1];
  const match = ERROR_PAYLOAD.exec(source);
  if (!payload || !match) throw new Error(`patch-next-runtime: the error payload of ${file} has changed; review this patch for the new Next.js version`);
  const [whole, , tree, ctx, errorType, withMetadata] = match;
  const render =
    `if(${errorType}==="not-found"&&!(${ctx}.fallbackRouteParams&&${ctx}.fallbackRouteParams.size>0)){let notFoundTree=notFoundLoaderTree(${tree});` +
    `if(notFoundTree)try{let payload=await ${payload}(notFoundTree,${ctx},{is404:!0,isPrerendering:!${withMetadata}});` +
    `${ctx}.notFoundPageRendered=!0;return payload}catch{}}`;
  const patched = source.slice(0, match.index) + NOT_FOUND_TREE + whole + render + source.slice(match.index + whole.length);
  // A prerender's error recovery writes its error page's HTML but inlines the failed render's
  // payload for the browser to start from: with a not-found page in the HTML, the browser must
  // hydrate that page's payload (it hydrates, as the HTML is no longer the error shell).
  const inline = INLINED_DATA.exec(patched);
  if (!inline) throw new Error(`patch-next-runtime: the error recovery of ${file} has changed; review this patch for the new Next.js version`);
  const [call, head, original, tail, recoveryCtx, errorFlight] = inline;
  const fixed = call.replace(head + original + tail, `${head}(${recoveryCtx}.notFoundPageRendered?${errorFlight}:${original})${tail}`);
  return patched.slice(0, inline.index) + fixed + patched.slice(inline.index + call.length);
}

// FileSystemCache's set() into its memory cache, and its revalidateTag().
const CACHE_CLOCK = [
  /(memoryCache\)\|\|\w+\.set\(\w+,\{value:\w+,lastModified:)Date\.now\(\)/,
  /("FileSystemCache: revalidateTag",\w+,\w+\),0===\w+\.length\)return;let \w+=)Date\.now\(\)/,
];
const MONOTONIC_NOW = 'performance.timeOrigin+performance.now()/*cacheOnMonotonicClock*/';

function cacheOnMonotonicClock(source, file) {
  return CACHE_CLOCK.reduce((patched, pattern) => {
    if (!pattern.test(patched)) throw new Error(`patch-next-runtime: the page cache of ${file} has changed; review this patch for the new Next.js version`);
    return patched.replace(pattern, `$1${MONOTONIC_NOW}`);
  }, source);
}

const patches = [
  { marker: 'clientErrorStatus', apply: answerUnreadableBodies, files: pageRuntimes, done: 'answer unreadable action bodies with 4xx' },
  { marker: 'notFoundLoaderTree', apply: renderNotFoundPages, files: pageRuntimes, done: 'render not-found pages on the server' },
  { marker: 'cacheOnMonotonicClock', apply: cacheOnMonotonicClock, files: allRuntimes, done: 'keep the page cache on the monotonic clock' },
];
for (const { marker, apply, files, done } of patches) {
  let patched = 0;
  for (const file of files) {
    const full = path.join(dir, file);
    const source = fs.readFileSync(full, 'utf8');
    if (source.includes(marker)) continue;
    fs.writeFileSync(full, apply(source, full));
    patched++;
  }
  if (patched) console.log(`patch-next-runtime: ${patched} runtime file(s) ${done}`);
}
