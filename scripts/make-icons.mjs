// Draws the Readside icon (an open page with text lines on a rounded teal tile) at the sizes the
// Chrome Web Store and AMO want, as dependency-free PNGs. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const TEAL = [20, 110, 120];
const PAPER = [250, 247, 240];
const INK = [60, 60, 60];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function pixel(x, y, s) {
  const u = x / s,
    v = y / s;
  const r = 0.2; // corner radius of the tile
  const dx = Math.max(r - u, 0, u - (1 - r)),
    dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const inPage = u > 0.22 && u < 0.78 && v > 0.16 && v < 0.84;
  if (!inPage) return [...TEAL, 255];
  const lines = [0.3, 0.42, 0.54, 0.66];
  const lineH = Math.max(0.045, 1.2 / s);
  for (const [i, ly] of lines.entries()) {
    const end = i === lines.length - 1 ? 0.55 : 0.7;
    if (Math.abs(v - ly) < lineH && u > 0.3 && u < end) return [...INK, 255];
  }
  return [...PAPER, 255];
}
mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size, pixel));
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
