/**
 * Serves the built site (dist/) on a free loopback port for the browser tests and hands its URL
 * to them as `inject('baseURL')`. `npm test` builds first; run `npm run build` before running
 * the browser tests alone.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does this for you).');
  }
  const server = await startStaticServer(dist, process.env.BASE_PATH ?? '/');
  project.provide('baseURL', server.url);
  return () => server.close();
}
