// A minimal static file server for the built site, behaving like a CDN-backed static host: directory URLs
// serve index.html, unknown paths get 404.html with status 404, and text goes out brotli-compressed to
// browsers that accept it (every current browser does, on http://127.0.0.1 too), gzip-compressed to clients
// that take only gzip, and as it is to the rest. So transfer sizes and Lighthouse's simulated phone load see
// what a reader on such a host downloads. Used by `npm start`, the browser tests and the benchmarks; the size
// budgets `npm run bench` prints are gzip sizes of the files, whatever this server sends.
import { createServer } from 'node:http';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { readdir, readFile, stat } from 'node:fs/promises';
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

const typeOf = (path) => TYPES[extname(path)] ?? 'application/octet-stream';
const isCompressible = (type) => /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(type);

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

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The content coding to send for a request's Accept-Encoding: 'br' when brotli is acceptable, else 'gzip',
 * else null (identity). A coding listed with q=0 is refused; `*` stands for any coding not listed.
 */
export function chooseEncoding(acceptEncoding) {
  const weights = new Map();
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const acceptable = (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  if (acceptable('br')) return 'br';
  if (acceptable('gzip')) return 'gzip';
  return null;
}

/**
 * Compressed bodies, kept while the file is unchanged (the browser tests load the same pages hundreds of
 * times). Brotli at its highest quality, as a host that compresses static files once: about 2 s for the
 * 1.2 MB book, in the thread pool, so other requests go on meanwhile; concurrent requests share one run.
 */
const compressed = new Map();
function compressedOf(encoding, path, info, body) {
  const cacheKey = `${encoding}:${path}`;
  const version = `${info.mtimeMs}:${info.size}`;
  const cached = compressed.get(cacheKey);
  if (cached?.version === version) return cached.body;
  const pending =
    encoding === 'br'
      ? brotliAsync(body, {
          params: {
            [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
            [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipAsync(body);
  compressed.set(cacheKey, { version, body: pending });
  pending.catch(() => compressed.delete(cacheKey));
  return pending;
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
      const type = typeOf(path);
      const compressible = isCompressible(type);
      const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
      if (encoding) {
        const sent = await compressedOf(encoding, path, info, body);
        res.writeHead(status, { 'Content-Type': type, 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
        res.end(sent);
      } else {
        res.writeHead(status, { 'Content-Type': type, ...(compressible ? { Vary: 'Accept-Encoding' } : {}) });
        res.end(body);
      }
    } catch {
      res.writeHead(500);
      res.end('server error');
    }
  });
  return new Promise((resolvePromise, rejectPromise) => {
    // A port already in use (another `npm start`, say) rejects with a message that says so.
    server.once('error', (error) => {
      rejectPromise(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on 127.0.0.1 is already in use; stop what is serving there, or give another port.`) : error);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Compress every text file under `dir` now, as a host that compresses at deploy time has them ready: the
 * first request for the book then does not wait about 2 s (which Lighthouse would read as a slow page).
 * Only a head start: a file that a rebuild removes meanwhile is skipped, and is compressed on request.
 */
export async function precompress(dir) {
  const root = resolve(dir);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !isCompressible(typeOf(path))) continue;
    try {
      const [body, info] = await Promise.all([readFile(path), stat(path)]);
      await compressedOf('br', path, info, body);
    } catch {
      // Gone or unreadable now; the request path reports it if it is still asked for.
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4321);
  startStaticServer(dir, port).then(
    ({ url }) => {
      console.log(`serving ${dir} at ${url}`);
      precompress(dir);
    },
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
