/**
 * A kit's handout as this build serves it: the one call for the page that writes the file and for
 * the download list that shows its size (both get the same memoised bytes).
 */
import type { KnowledgeIndex } from '../knowledge';
import { PUBLIC_ORIGIN, SITE_NAME } from '../site';
import { url } from '../url';
import type { Lesson } from '../../schemas/lessons';
import { handoutDocx } from './handout';

/** Full addresses where the build knows where the site is served (SITE_URL); else its paths, never a made-up host. */
export const handoutSiteUrl = (path: string): string => (PUBLIC_ORIGIN ? new URL(url(path), PUBLIC_ORIGIN).href : `${SITE_NAME}网站 ${url(path)}`);

/** `/lessons/<id>/<id>.docx` of this build, as bytes. */
export function lessonHandout(id: string, lesson: Lesson, kb: KnowledgeIndex): Promise<Uint8Array> {
  return handoutDocx({ id, lesson, kb, siteUrl: handoutSiteUrl });
}
