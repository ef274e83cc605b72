/**
 * Rewrites an Office file (a zip of XML parts) so that its bytes depend on its content only: every
 * entry in name order with one fixed date, the document properties' created/modified set to that
 * date instead of the clock, and each part passed through `edit` (for what the generating library
 * cannot write). Used by the decks (pptxgenjs) and the handouts (docx), so a rebuild of unchanged
 * content gives byte-identical files.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * @param date ISO date-time every entry and the document properties carry, e.g. '2024-05-01T00:00:00Z'
 * @param edit changes one XML part's text (name is the part's path in the zip)
 */
export function stableOfficeZip(bytes: Uint8Array, date: string, edit: (name: string, xml: string) => string = (_, xml) => xml): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    let content = files[name] ?? new Uint8Array();
    if (/\.(xml|rels)$/.test(name)) {
      let xml = strFromU8(content);
      if (name === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date}`);
      content = strToU8(edit(name, xml));
    }
    // Pictures are compressed already; deflating them again costs time and saves nothing.
    out[name] = [content, { level: /\.(png|jpe?g)$/.test(name) ? 0 : 6 }];
  }
  return zipSync(out, { mtime: date });
}
