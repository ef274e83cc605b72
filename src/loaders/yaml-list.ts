/**
 * A content loader for folders of YAML files that each hold a list of entries with their own ids
 * (one file per model for events, stages and figures), so entries stay grouped by model on disk.
 */
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readYaml } from '../lib/content/yaml';

export function yamlList(dir: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const base = new URL(`${dir}/`, config.root);
      const loadAll = async () => {
        store.clear();
        const files = (await readdir(base)).filter((f) => f.endsWith('.yaml')).sort();
        for (const f of files) {
          const filePath = fileURLToPath(new URL(f, base));
          // The content guard has already checked every file; this only guards against a change made
          // while `astro dev` runs.
          const read = readYaml(await readFile(filePath, 'utf8'));
          if (!read.ok) throw new Error(`${dir}/${f}:${read.line} ${read.message}`);
          const list = read.data as { id: string }[];
          for (const item of list) {
            const data = await parseData({ id: item.id, data: item, filePath });
            store.set({ id: item.id, data, filePath: `${dir}/${f}` });
          }
        }
        logger.info(`${dir}: ${store.keys().length} entries`);
      };
      await loadAll();
      watcher?.add(fileURLToPath(base));
      watcher?.on('change', (p) => {
        if (p.startsWith(fileURLToPath(base))) void loadAll();
      });
    },
  };
}
