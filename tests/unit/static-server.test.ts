// The server behind `npm start`, the browser tests and the benchmarks: what a browser receives must be the
// built file byte for byte, in the coding it asked for.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, precompress, startStaticServer } from '../../scripts/static-server.mjs';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'], // what Chromium sends, on http://127.0.0.1 too
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['gzip;q=0, *', 'br'],
    ['*;q=0', null],
    ['identity', null],
    ['', null],
    [undefined, null],
    ['gzip;q=nonsense', null],
  ])('%j → %j', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('startStaticServer', () => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  // Text long and repetitive enough that both codings shrink it a lot.
  const page = `<!doctype html><title>t</title>${'<p>GRPO: group-relative advantages, no critic. '.repeat(4000)}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(dir, 'book'));
    writeFileSync(join(dir, 'book', 'index.html'), page);
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
    writeFileSync(join(dir, 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]));
    server = await startStaticServer(dir, 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function get(path: string, acceptEncoding?: string) {
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
      const req = request(server.url + path, { headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end();
    });
  }

  it('sends brotli to a browser that accepts it, decoding to the file', async () => {
    const res = await get('/book/', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(res.body).toString()).toBe(page);
    expect(res.body.length).toBeLessThan(page.length / 20);
  });

  it('sends gzip to a client that accepts only gzip, and the file itself to one that accepts neither', async () => {
    const zipped = await get('/book/', 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    const plain = await get('/book/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('answers two requests at once with the same bytes (one compression, shared)', async () => {
    const [a, b] = await Promise.all([get('/book/', 'br'), get('/book/', 'br')]);
    expect(a.body.equals(b.body)).toBe(true);
    expect(brotliDecompressSync(a.body).toString()).toBe(page);
  });

  it('compresses the 404 page, redirects a directory without its slash, and leaves fonts as they are', async () => {
    const missing = await get('/no-such-page/', 'br');
    expect(missing.status).toBe(404);
    expect(brotliDecompressSync(missing.body).toString()).toContain('Not found');
    const bare = await get('/book', 'br');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/book/');
    const font = await get('/font.woff2', 'br');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect([...font.body]).toEqual([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]);
  });

  it('serves a rebuilt file, not the compressed copy of the old one', async () => {
    await precompress(dir);
    writeFileSync(join(dir, 'book', 'index.html'), '<!doctype html><title>rebuilt</title><p>new');
    const res = await get('/book/', 'br');
    expect(brotliDecompressSync(res.body).toString()).toBe('<!doctype html><title>rebuilt</title><p>new');
    writeFileSync(join(dir, 'book', 'index.html'), page);
  });

  it('refuses a port that is already serving, saying so, and the first server goes on', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startStaticServer(dir, port)).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    expect((await get('/book/', 'br')).status).toBe(200);
  });
});
