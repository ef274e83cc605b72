// Builds the Pagefind search index for dist/ with Pagefind's Node API.
import * as pagefind from 'pagefind';

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: 'dist' });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} pages`);
await pagefind.close();
