/**
 * Reads a WOFF2 font enough to check it (W3C WOFF2: a table directory of known tags by index or spelled
 * out, then one Brotli stream of the tables; cmap and MATH are never transformed), and the characters
 * its cmap maps (formats 4 and 12).
 */
import { brotliDecompressSync } from 'node:zlib';

const KNOWN_TAGS = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH'];

/** Each table's bytes (transformed glyf/loca/hmtx stay transformed), by tag. */
export function woff2Tables(font: Buffer): Map<string, Buffer> {
  if (font.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = font[at++]!;
      value = value * 128 + (byte & 127);
      if (!(byte & 128)) break;
    }
    return value;
  };
  const directory: { tag: string; length: number }[] = [];
  for (let i = 0; i < font.readUInt16BE(12); i++) {
    const flags = font[at++]!;
    let tag = KNOWN_TAGS[flags & 63] ?? `#${flags & 63}`;
    if ((flags & 63) === 63) {
      tag = font.toString('latin1', at, at + 4);
      at += 4;
    }
    const length = base128();
    const transformed = tag === 'glyf' || tag === 'loca' ? flags >> 6 === 0 : flags >> 6 !== 0;
    directory.push({ tag, length: transformed ? base128() : length });
  }
  const data = brotliDecompressSync(font.subarray(at, at + font.readUInt32BE(20)));
  const tables = new Map<string, Buffer>();
  let offset = 0;
  for (const { tag, length } of directory) {
    tables.set(tag, data.subarray(offset, offset + length));
    offset += length;
  }
  return tables;
}

/**
 * The code points a cmap table maps to glyphs: from its format 12 subtable (exact, every plane) when it has
 * one, else from the ranges of format 4.
 */
export function cmapCodePoints(cmap: Buffer): Set<number> {
  const points = new Set<number>();
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => cmap.readUInt32BE(4 + i * 8 + 4));
  const hasFormat12 = subtables.some((at) => cmap.readUInt16BE(at) === 12);
  for (const at of subtables) {
    const format = cmap.readUInt16BE(at);
    if (format === 12) {
      for (let g = 0; g < cmap.readUInt32BE(at + 12); g++) {
        for (let c = cmap.readUInt32BE(at + 16 + g * 12); c <= cmap.readUInt32BE(at + 20 + g * 12); c++) points.add(c);
      }
    } else if (format === 4 && !hasFormat12) {
      const segments = cmap.readUInt16BE(at + 6) / 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.readUInt16BE(at + 14 + s * 2);
        for (let c = cmap.readUInt16BE(at + 16 + segments * 2 + s * 2); c <= end && c !== 0xffff; c++) points.add(c);
      }
    }
  }
  return points;
}
