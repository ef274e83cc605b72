// Builds the Pagefind search index for dist/ with Pagefind's Node API. The site folder can be
// named as the first argument (the sub-path gate builds a second site into dist-kb/).
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} pages`);
await pagefind.close();
