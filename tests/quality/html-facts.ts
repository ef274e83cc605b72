/**
 * What the static gates need to know about one built page, read once with a real HTML parser:
 * its Content-Security-Policy, its scripts and styles, attributes that CSP forbids, and every
 * attribute that holds a root-relative URL.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

/** An element of the parsed page (htmlparser2's DOM). */
type Element = ReturnType<typeof DomUtils.findAll>[number];

/** An attribute whose value is a root-relative URL, e.g. href="/kb/models/". */
export interface UrlAttribute {
  tag: string;
  name: string;
  value: string;
}

/** The facts about one page that the CSP, offline and base-path checks read. */
export interface HtmlFacts {
  /** The content of `<meta http-equiv="content-security-policy">`, or undefined. */
  csp: string | undefined;
  /** Text of each inline `<script>` (no src), in document order. */
  inlineScripts: string[];
  /** src of each external `<script>` the page loads (not those waiting in a `<template>`). */
  scriptSrcs: string[];
  /** Text of each `<style>` element. */
  inlineStyles: string[];
  /** href of each stylesheet `<link>`. */
  stylesheets: string[];
  /** `tag[attr]` for each `style="…"` or `on…="…"` attribute (CSP blocks both). */
  forbiddenAttributes: string[];
  /** Every attribute value that starts with a single '/', including data-* and SVG hrefs. */
  rootRelativeUrls: UrlAttribute[];
  /** Text of the first `<h1>`, trimmed ('' when there is none). */
  heading: string;
}

function insideTemplate(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === 'template') return true;
  return false;
}

/** Parses a page and collects its facts. */
export function readHtmlFacts(html: string): HtmlFacts {
  const doc = parseDocument(html);
  const elements = DomUtils.findAll(() => true, doc.children);
  const facts: HtmlFacts = {
    csp: undefined,
    inlineScripts: [],
    scriptSrcs: [],
    inlineStyles: [],
    stylesheets: [],
    forbiddenAttributes: [],
    rootRelativeUrls: [],
    heading: '',
  };
  for (const el of elements) {
    const { name: tag, attribs } = el;
    if (tag === 'meta' && attribs['http-equiv']?.toLowerCase() === 'content-security-policy') {
      facts.csp = attribs['content'];
    } else if (tag === 'script') {
      const src = attribs['src'];
      if (src === undefined) {
        // JSON data blocks are not executed, so CSP does not govern them.
        if (!/json/.test(attribs['type'] ?? '')) facts.inlineScripts.push(DomUtils.textContent(el));
      } else if (!insideTemplate(el)) {
        // A script inside a <template> loads only when a script puts the template in the page.
        facts.scriptSrcs.push(src);
      }
    } else if (tag === 'style') {
      facts.inlineStyles.push(DomUtils.textContent(el));
    } else if (tag === 'h1' && facts.heading === '') {
      facts.heading = DomUtils.textContent(el).trim();
    } else if (tag === 'link' && /\bstylesheet\b/.test(attribs['rel'] ?? '') && attribs['href']) {
      facts.stylesheets.push(attribs['href']);
    }
    for (const [name, value] of Object.entries(attribs)) {
      if (name === 'style' || /^on[a-z]+$/.test(name)) facts.forbiddenAttributes.push(`${tag}[${name}]`);
      if (value.startsWith('/') && !value.startsWith('//')) facts.rootRelativeUrls.push({ tag, name, value });
    }
  }
  return facts;
}
