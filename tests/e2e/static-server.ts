import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** A generated response other than an HTML page (an image, a media file). */
export interface GeneratedBody {
  body: string | Buffer;
  type: string;
}

/**
 * Headers for a test page that must hold still while the reader reads it: no script runs, nothing
 * navigates, and the page loads nothing itself (so whatever the server sees, the extension fetched).
 * The reader gets the page's markup as is.
 */
export const INERT_PAGE_HEADERS = { 'content-security-policy': "sandbox allow-same-origin; default-src 'none'" };

export interface StaticServer {
  origin: string;
  /** Every request the server saw, for privacy and sentinel assertions. */
  requests: { url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/**
 * Serves test pages on 127.0.0.1 only: `/site/...` from tests/e2e/site, `/fixtures/<slug>/source.html`
 * from tests/fixtures. Path traversal is refused.
 */
export async function startStaticServer(
  roots: Record<string, string>,
  /** Generated pages by path, e.g. `{ '/xss/all.html': () => html }`; a string is served as HTML. */
  generated: Record<string, () => string | GeneratedBody> = {},
  /** Extra response headers for generated responses. */
  generatedHeaders: Record<string, string> = {},
): Promise<StaticServer> {
  const requests: StaticServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = generated[url.pathname];
    if (page) {
      const out = page();
      const { body, type } = typeof out === 'string' ? { body: out, type: 'text/html; charset=utf-8' } : out;
      res.writeHead(200, { 'content-type': type, ...generatedHeaders }).end(body);
      return;
    }
    const [, mount, ...rest] = url.pathname.split('/');
    const root = mount ? roots[mount] : undefined;
    const file = root ? path.resolve(root, decodeURIComponent(rest.join('/'))) : '';
    if (!root || !file.startsWith(path.resolve(root)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    // Also the sockets Chromium keeps open (preconnected, keep-alive, media requests): close()
    // alone waited for them, up to 80 s of teardown after a page full of image requests.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
