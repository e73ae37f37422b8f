/** The social cards' PNG writer, checked by decoding its files with resvg's own PNG decoder. */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { inflateSync, crc32 } from 'node:zlib';
import { encodePng } from '../../src/og/png';

/** Draws a PNG through resvg (an SVG whose only content is the image) and returns the decoded pixels. */
function decoded(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

describe('encodePng', () => {
  it('writes a valid PNG that decodes to the same pixels', () => {
    const width = 7;
    const height = 3;
    const rgba = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([(i * 37) % 256, (i * 91) % 256, (i * 13) % 256, 255], i * 4);
    const png = encodePng(rgba, width, height);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
    // The IHDR chunk's CRC covers its type and data.
    expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)));
    // The IDAT holds each row after its filter byte.
    const idatLength = png.readUInt32BE(33);
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect(rows.length).toBe((width * 4 + 1) * height);
    expect(decoded(png, width, height)).toEqual(rgba);
  });

  it('refuses a pixel buffer that does not match the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes for 2×2/);
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow(/bad size/);
  });
});
