/**
 * A content loader for folders of YAML files that each hold a list of entries with their own ids
 * (one file per model for events, stages and figures), so entries stay grouped by model on disk.
 * `idKey` names the field holding each entry's id (`translationOf` in the English edition's lists).
 * A missing folder is an empty collection (English files arrive after the Chinese ones).
 */
import type { Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readYaml } from '../lib/content/yaml';

export function yamlList(dir: string, idKey = 'id'): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const base = new URL(`${dir}/`, config.root);
      const loadAll = async () => {
        store.clear();
        const files = (existsSync(base) ? await readdir(base) : []).filter((f) => f.endsWith('.yaml')).sort();
        for (const f of files) {
          const filePath = fileURLToPath(new URL(f, base));
          // The content guard has already checked every file; this only guards against a change made
          // while `astro dev` runs.
          const read = readYaml(await readFile(filePath, 'utf8'));
          if (!read.ok) throw new Error(`${dir}/${f}:${read.line} ${read.message}`);
          const list = read.data as Record<string, unknown>[];
          for (const item of list) {
            const id = String(item[idKey]);
            const data = await parseData({ id, data: item, filePath });
            store.set({ id, data, filePath: `${dir}/${f}` });
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
