#!/usr/bin/env node
/**
 * Draws the add-in's icons as real PNG files with nothing but zlib, on a rounded square in Office's
 * Excel green:
 *  - the add-in (icon-*.png, logo-filled.png) and "Tạo báo cáo" (report-*.png): three rising white
 *    bars (the indicators of the report) and a trend line;
 *  - "Dữ liệu mẫu" (sample-*.png): a white sheet of rows and columns (the raw monthly data);
 *  - "Bảng điều khiển" (pane-*.png): a window with a side pane of setting sliders (the task pane).
 * Ribbon icons come in every size the manifest schema allows for a control's <Icon> (16, 32, 80
 * mandatory; 20, 24, 40, 48, 64 for high-DPI screens:
 * https://learn.microsoft.com/javascript/api/manifest/icon); the add-in icon in 16/32/64/80/128.
 * Run `npm run icons` after changing a drawing; the PNGs are committed.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
/** The sizes of a ribbon control's icon the schema allows (bt:ImageResourceReference). */
const RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const OUT = path.join(__dirname, "..", "assets");
const GREEN = [0x10, 0x7c, 0x41]; // Excel's brand green
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xff, 0xc8, 0x3d];
const DARK_GREEN = [0x0b, 0x5a, 0x2f];
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** CRC-32 as PNG chunks need it. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA pixel buffer (size x size x 4) as a PNG file. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment ab (all in unit coordinates). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** True inside the rounded green square every icon sits on. */
function inFrame(x, y) {
  const r = 0.18; // corner radius
  const m = 0.02; // margin
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return !(x < m || x > 1 - m || y < m || y > 1 - m || Math.hypot(x - cx, y - cy) > r);
}

/** The report: three rising bars and a trend line. Colour at (x, y) in [0,1]^2, or null. */
function report(x, y) {
  if (!inFrame(x, y)) return null;
  // Trend line over the bars.
  if (segmentDistance(x, y, 0.2, 0.5, 0.8, 0.2) < 0.05) return GOLD;
  // Three rising bars on a base line.
  const bars = [
    [0.2, 0.33, 0.62],
    [0.42, 0.55, 0.48],
    [0.64, 0.77, 0.34],
  ];
  for (const [x0, x1, top] of bars) if (x >= x0 && x <= x1 && y >= top && y <= 0.8) return WHITE;
  if (y >= 0.8 && y <= 0.85 && x >= 0.14 && x <= 0.86) return WHITE;
  return GREEN;
}

/** Sample data: a white sheet with a gold header row and green grid lines. */
function sample(x, y) {
  if (!inFrame(x, y)) return null;
  const [x0, x1, y0, y1] = [0.16, 0.84, 0.18, 0.84];
  if (x < x0 || x > x1 || y < y0 || y > y1) return GREEN;
  const line = 0.045;
  const cols = [0.39, 0.61];
  const rows = [0.4, 0.62];
  if (y < 0.36) return GOLD; // the header row
  if (cols.some((c) => Math.abs(x - c) < line / 2) || rows.some((r) => Math.abs(y - r) < line / 2)) return GREEN;
  return WHITE;
}

/** The control panel: a white window whose right third is a pane of three gold slider knobs. */
function pane(x, y) {
  if (!inFrame(x, y)) return null;
  const [x0, x1, y0, y1] = [0.14, 0.86, 0.2, 0.8];
  if (x < x0 || x > x1 || y < y0 || y > y1) return GREEN;
  if (y < 0.3) return DARK_GREEN; // title bar
  const split = 0.56;
  if (Math.abs(x - split) < 0.025) return GREEN;
  if (x > split) {
    for (const [ky, kx] of [
      [0.42, 0.66],
      [0.56, 0.76],
      [0.7, 0.7],
    ]) {
      if (Math.hypot(x - kx, y - ky) < 0.055) return GOLD;
      if (Math.abs(y - ky) < 0.015 && x > 0.6 && x < 0.82) return GREEN;
    }
  }
  return WHITE;
}

/** Every drawing, by the file name prefix of its PNGs. */
const DRAWINGS = { report, sample, pane };

/** Render a drawing at a size with SAMPLES x SAMPLES supersampling. */
function render(size, shade = report) {
  const out = Buffer.alloc(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((255 * a) / n);
    }
  }
  return out;
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const files = SIZES.map((s) => [`icon-${s}.png`, s, report]).concat([["logo-filled.png", 300, report]]);
  for (const [prefix, draw] of Object.entries(DRAWINGS))
    for (const s of RIBBON_SIZES) files.push([`${prefix}-${s}.png`, s, draw]);
  for (const [name, size, draw] of files) {
    fs.writeFileSync(path.join(OUT, name), encodePng(size, render(size, draw)));
    console.log(`assets/${name} (${size}x${size})`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, render, SIZES, RIBBON_SIZES, DRAWINGS };
