/**
 * Makes a .docx byte-identical across builds: `docx` stamps the current time in the document
 * properties and the zip entries, and numbers drawings from a counter shared by every document
 * made in the process (so the order pages are built in would show), so those are fixed here.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** The date every handout carries. */
export const FIXED_DATE = '2020-01-01T00:00:00Z';

export function normalizeDocx(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    let content = files[name] ?? new Uint8Array();
    if (name === 'docProps/core.xml') {
      content = strToU8(strFromU8(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE}$2`));
    } else if (name === 'word/document.xml') {
      let n = 0;
      content = strToU8(strFromU8(content).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`));
    }
    // Pictures are compressed already; deflating them again costs time and saves nothing.
    out[name] = [content, { level: /\.(png|jpe?g)$/.test(name) ? 0 : 6 }];
  }
  return zipSync(out, { mtime: FIXED_DATE });
}
