// A minimal static file server for the built site, behaving like a static host: directory URLs
// serve index.html, unknown paths get 404.html with status 404, and text is gzip-compressed when the
// client accepts it (as any real host does, so transfer sizes and Lighthouse figures are realistic). Used by the browser tests and the
// benchmark; `npm start` uses `astro preview` instead.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

async function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, clean);
  if (!path.startsWith(root)) return null;
  try {
    const info = await stat(path);
    if (info.isDirectory()) path = join(path, 'index.html');
    await stat(path);
    return path;
  } catch {
    return null;
  }
}

/**
 * Compressed bodies, kept while the file is unchanged: the browser tests load the same few large
 * pages hundreds of times, and compressing a 400-600 KB page takes 6-8 ms each time.
 */
const gzipped = new Map();
function gzipOf(path, info, body) {
  const key = `${info.mtimeMs}:${info.size}`;
  const cached = gzipped.get(path);
  if (cached?.key === key) return cached.body;
  const compressed = gzipSync(body);
  gzipped.set(path, { key, body: compressed });
  return compressed;
}

/** Start serving `dir` on 127.0.0.1; resolves to { url, close }. Port 0 picks a free port. */
export function startStaticServer(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    let url;
    try {
      // Parse the path only: a request line such as "//" must not be read as a host name.
      url = new URL(`http://localhost${(req.url ?? '/').replace(/^\/+/, '/')}`);
    } catch {
      res.writeHead(400);
      res.end('bad request');
      return;
    }
    let path = await fileFor(root, url.pathname);
    let status = 200;
    // A directory URL without its trailing slash: redirect like a static host would.
    if (path && !url.pathname.endsWith('/') && path.endsWith('index.html') && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    if (!path) {
      path = join(root, '404.html');
      status = 404;
    }
    try {
      const [body, info] = await Promise.all([readFile(path), stat(path)]);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(type);
      if (compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        res.end(gzipOf(path, info, body));
      } else {
        res.writeHead(status, { 'Content-Type': type });
        res.end(body);
      }
    } catch {
      res.writeHead(500);
      res.end('server error');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4321);
  startStaticServer(dir, port).then(({ url }) => console.log(`serving ${dir} at ${url}`));
}
