/** A loopback static server for dist/ (sirv), optionally under a base path such as /kb/. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startStaticServer(dir: string, base = '/'): Promise<RunningServer> {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = `/${path.slice(prefix.length)}`;
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>404</title>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
