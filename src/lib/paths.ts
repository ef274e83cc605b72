/**
 * Site-internal URLs that respect the configured base path, so the site works under a sub-path
 * (e.g. /kb/) on an intranet server.
 */

/**
 * Joins the base path and a site path, with exactly one slash between them and a trailing slash
 * on page paths.
 *
 * @example withBase('/kb/', 'models/shanghai') // '/kb/models/shanghai/'
 * @example withBase('/', '/data/models.json') // '/data/models.json'
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const [p = '', hash] = path.replace(/^\/+/, '').split('#');
  const isFile = /\.[a-z0-9]+$/i.test(p);
  const page = p === '' || isFile || p.endsWith('/') ? p : `${p}/`;
  return `${b}${page}${hash !== undefined ? `#${hash}` : ''}`;
}

/** The page path of an entry in a collection, e.g. entryPath('cases', 'hongchu') → 'cases/hongchu/'. */
export function entryPath(folder: string, id: string): string {
  return `${folder}/${id}/`;
}
