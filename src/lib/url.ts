/** `withBase` bound to this build's base path (import.meta.env.BASE_URL). */
import { withBase } from './paths';

/** A site-internal URL under the configured base path. */
export const url = (path: string): string => withBase(import.meta.env.BASE_URL, path);
