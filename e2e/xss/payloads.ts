// Script-injection payloads from the usual cheat sheets. Each calls window.__xss(n) if it ever runs,
// so a test sees exactly which one got through.
const call = (n: number) => `__xss(${n})`;
const base64 = (text: string) => Buffer.from(text).toString("base64");

const templates: ((n: number) => string)[] = [
  (n) => `<script>${call(n)}</script>`,
  (n) => `<img src=x onerror=${call(n)}>`,
  (n) => `<svg onload=${call(n)}>`,
  (n) => `"><script>${call(n)}</script>`,
  (n) => `'><img src=x onerror=${call(n)}>`,
  (n) => `<iframe src="javascript:${call(n)}"></iframe>`,
  (n) => `<body onload=${call(n)}>`,
  (n) => `<a href="javascript:${call(n)}">click</a>`,
  (n) => `<details open ontoggle=${call(n)}>`,
  (n) => `<input autofocus onfocus=${call(n)}>`,
  (n) => `<video><source onerror=${call(n)}></video>`,
  (n) => `<audio src=x onerror=${call(n)}>`,
  (n) => `<marquee onstart=${call(n)}>`,
  (n) => `<object data="javascript:${call(n)}">`,
  (n) => `<embed src="javascript:${call(n)}">`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${call(n)}>`,
  (n) => `<svg><script>${call(n)}</script></svg>`,
  (n) => `<style>@import 'javascript:${call(n)}';</style>`,
  (n) => `<link rel=stylesheet href="javascript:${call(n)}">`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${call(n)}">`,
  (n) => `<form action="javascript:${call(n)}"><button>go</button></form>`,
  (n) => `<button formaction="javascript:${call(n)}">x</button>`,
  (n) => `<select autofocus onfocus=${call(n)}>`,
  (n) => `<textarea autofocus onfocus=${call(n)}>`,
  (n) => `<div style="background:url(javascript:${call(n)})">`,
  (n) => `<img src="x" onerror="&#95;&#95;xss(${n})">`,
  (n) => `<img src=x onerror=eval(atob('${base64(call(n))}'))>`,
  (n) => `<scr<script>ipt>${call(n)}</scr</script>ipt>`,
  (n) => `<<script>script>${call(n)}<</script>/script>`,
  (n) => `</title><script>${call(n)}</script>`,
  (n) => `</textarea><script>${call(n)}</script>`,
  // Breaks out of an inline <script>, such as the JSON-LD block of public pages.
  (n) => `</script><script>${call(n)}</script>`,
  (n) => `<!--<img src="--><img src=x onerror=${call(n)}//">`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=${call(n)}>">`,
  (n) => `<svg><animate onbegin=${call(n)} attributeName=x dur=1s>`,
  (n) => `<svg><a><animate attributeName=href values=javascript:${call(n)} /><text x=20 y=20>X</text></a></svg>`,
  (n) => `<isindex type=image src=1 onerror=${call(n)}>`,
  (n) => `<img src=x:alert onerror=${call(n)}>`,
  (n) => `javascript:${call(n)}`,
  (n) => `data:text/html,<script>${call(n)}</script>`,
  (n) => `" onmouseover="${call(n)}`,
  (n) => `' onfocus='${call(n)}' autofocus='`,
  (n) => `{{constructor.constructor('${call(n)}')()}}`,
  (n) => `\${${call(n)}}`,
  (n) => `<template><img src=x onerror=${call(n)}></template><img src=x onerror=${call(n)}>`,
  (n) => `<base href="javascript:${call(n)}//">`,
  (n) => `<img srcset="x" onerror=${call(n)}>`,
  (n) => `<picture><source srcset=x><img onerror=${call(n)} src=x></picture>`,
  (n) => `<table background="javascript:${call(n)}">`,
  (n) => `\u2028\u2029<script>${call(n)}</script>`,
  (n) => `<svg/onload=${call(n)}>`,
  (n) => `<IMG SRC=JaVaScRiPt:${call(n)}>`,
  (n) => `<a href=" &#14; javascript:${call(n)}">x</a>`,
  (n) => `<x onclick=${call(n)}>click me`,
  (n) => `<img src=x onerror=${call(n)}\u0000>`,
];

export const XSS_PAYLOADS: readonly string[] = templates.map((template, index) => template(index + 1));

/**
 * Installed before any page script: records which payload ran, if any. Plain source text, because a
 * transpiled function could reference helpers that do not exist in the page.
 */
export const XSS_PROBE = "window.__xssHits = []; window.__xss = (n) => { window.__xssHits.push(n); };";
