import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adaptSiteConfig, locationsDroppingHeaders, NGINX_EXAMPLE, withHttps } from '../quality/nginx';

const example = readFileSync(NGINX_EXAMPLE, 'utf8');

describe('locationsDroppingHeaders', () => {
  it('names a location that adds a header without the headers snippet', () => {
    const config = `server {
    include snippets/shequ-dangjian-headers.conf;
    location /ok/ { include snippets/shequ-dangjian-headers.conf; add_header X-A 1; }
    location ~ \\.json$ {
        if ($arg_x) { return 404; }
        add_header Access-Control-Allow-Origin *;
    }
    location / { try_files $uri =404; }
    # location /commented/ { add_header X-B 2; }
}`;
    expect(locationsDroppingHeaders(config)).toEqual(['location ~ \\.json$ {']);
  });

  it('finds none in the committed example', () => {
    expect(locationsDroppingHeaders(example)).toEqual([]);
  });
});

describe('adaptSiteConfig', () => {
  it('replaces only the live listen and root lines', () => {
    const adapted = adaptSiteConfig(example, { port: 8123, root: '/tmp/site' });
    expect(adapted).toMatch(/^    listen 127\.0\.0\.1:8123;$/m);
    expect(adapted).toMatch(/^    root \/tmp\/site;$/m);
    expect(adapted).toContain('# listen 443 ssl;');
  });

  it('switches to HTTPS with the commented lines, as the comments tell a reader to', () => {
    const adapted = adaptSiteConfig(example, { port: 8124, root: '/tmp/site', tls: { cert: '/c.pem', key: '/k.pem' } });
    expect(adapted).toMatch(/^    listen 127\.0\.0\.1:8124 ssl;$/m);
    expect(adapted).toMatch(/^    ssl_certificate \/c\.pem;$/m);
    expect(adapted).toMatch(/^    ssl_certificate_key \/k\.pem;$/m);
    expect(adapted).not.toMatch(/^\s*listen 80;/m);
    expect(adapted).not.toContain('--- HTTPS ---');
  });

  it('throws when the example lost its HTTPS block', () => {
    expect(() => withHttps(example.replace('# --- HTTPS ---', ''), { cert: 'c', key: 'k' })).toThrow(/HTTPS/);
  });
});
