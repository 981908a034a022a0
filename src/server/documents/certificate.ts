/**
 * Certificates (Giấy khen, Bằng khen) as one PDF with a page per awardee, ready to print on
 * blank or pre-printed paper. Where each line goes is data (`CertificateLayout`, in millimetres
 * from the top-left corner), so a unit can move the lines to fit the forms it buys; the default is
 * an A4 landscape page with a double border.
 *
 * Each page carries a QR code of the verification address, drawn as vector squares (no image per
 * page), with the verification code printed under it. Everything that is the same on every page
 * (border, quốc hiệu, tiêu ngữ) is drawn once and shown on all pages, and the fonts are embedded
 * once as subsets, so a batch of 2,000 certificates stays a few megabytes.
 */
import QRCode from 'qrcode';
import { A4, MM, embedFonts, newPdf, styleOf, type Fonts } from './pdf-fonts.js';
import { cleanText, fittingSize, wrapBalanced, wrapLines, type Align } from './pdf-text.js';
import { Canvas, FontKeys, baselineIn, num, sharedDrawing, type Color } from './pdf-canvas.js';

// ─── the layout ──────────────────────────────────────────────────────────────────────────────────

/** A line of text: millimetres from the top-left corner of the page (x, y: top of the first line); size in pt */
export interface FieldBox {
  x: number;
  y: number;
  width: number;
  size: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  italic?: boolean;
  /** RGB, each 0–1 */
  color?: [number, number, number];
}

export const FIELD_NAMES = [
  'issuer',
  'nationalTitle',
  'motto',
  'awardTitle',
  'awardTo',
  'name',
  'unit',
  'achievement',
  'decision',
  'placeDate',
  'signerTitle',
  'signerName',
  'code',
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

export interface CertificateLayout {
  orientation: 'landscape' | 'portrait';
  /** a decorative double border */
  border: boolean;
  fields: Record<FieldName, FieldBox>;
  /** millimetres */
  qr: { x: number; y: number; size: number };
}

/** what each field is called in messages to the user */
export const FIELD_LABELS: Record<FieldName, string> = {
  issuer: 'Người/cơ quan khen thưởng',
  nationalTitle: 'Quốc hiệu',
  motto: 'Tiêu ngữ',
  awardTitle: 'Tên hình thức khen thưởng',
  awardTo: 'Chữ “Tặng”',
  name: 'Họ tên/tên tập thể được khen',
  unit: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  decision: 'Số quyết định',
  placeDate: 'Địa danh, ngày tháng',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  code: 'Mã xác thực',
};

const RED: [number, number, number] = [0.78, 0.07, 0.07];

/** A4 landscape: quốc hiệu and tiêu ngữ, the issuer, the red title, the awardee, then the decision and QR code on the left and the signature on the right */
export const DEFAULT_CERTIFICATE_LAYOUT: CertificateLayout = {
  orientation: 'landscape',
  border: true,
  fields: {
    nationalTitle: { x: 25, y: 22, width: 247, size: 14, bold: true },
    motto: { x: 25, y: 29, width: 247, size: 14, bold: true },
    issuer: { x: 25, y: 42, width: 247, size: 15, bold: true },
    awardTitle: { x: 25, y: 52, width: 247, size: 46, bold: true, color: RED },
    awardTo: { x: 25, y: 74, width: 247, size: 16, italic: true },
    name: { x: 35, y: 83, width: 227, size: 26, bold: true },
    unit: { x: 35, y: 96, width: 227, size: 16 },
    achievement: { x: 40, y: 106, width: 217, size: 16 },
    placeDate: { x: 160, y: 136, width: 112, size: 14, italic: true },
    signerTitle: { x: 160, y: 143, width: 112, size: 15, bold: true },
    signerName: { x: 160, y: 176, width: 112, size: 16, bold: true },
    decision: { x: 25, y: 136, width: 115, size: 13, italic: true },
    code: { x: 25, y: 175, width: 115, size: 9 },
  },
  qr: { x: 70, y: 146, size: 25 },
};

const PAGE_MM = { landscape: { width: 297, height: 210 }, portrait: { width: 210, height: 297 } } as const;

/** line height of the text in a box, as a multiple of its size */
const LINE = 1.3;
const ptToMm = (pt: number) => pt / MM;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const mm1 = (v: number) => `${Math.round(v * 10) / 10} mm`;

/**
 * Checks a layout that comes from outside (the settings screen, a JSON file): every field present,
 * numbers where numbers belong, sizes above zero, and every box on the page. Messages are in
 * Vietnamese, for the user; `field` is the path of the wrong value ("fields.name.size").
 */
export function validateLayout(l: unknown): { ok: true; layout: CertificateLayout } | { ok: false; errors: { field: string; message: string }[] } {
  const errors: { field: string; message: string }[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  if (!isRecord(l)) return { ok: false, errors: [{ field: '', message: 'Bố cục giấy khen phải là một đối tượng JSON.' }] };

  const orientation = l.orientation;
  if (orientation !== 'landscape' && orientation !== 'portrait') err('orientation', 'Hướng giấy phải là "landscape" (khổ ngang) hoặc "portrait" (khổ dọc).');
  const page = PAGE_MM[orientation === 'portrait' ? 'portrait' : 'landscape'];
  if (typeof l.border !== 'boolean') err('border', 'Khung viền phải là true (có) hoặc false (không).');

  const fields: Partial<Record<FieldName, FieldBox>> = {};
  if (!isRecord(l.fields)) {
    err('fields', 'Thiếu vị trí các dòng chữ (fields).');
  } else {
    for (const name of FIELD_NAMES) {
      const path = `fields.${name}`;
      const label = FIELD_LABELS[name];
      const box = l.fields[name];
      if (!isRecord(box)) {
        err(path, `Thiếu vị trí của ô «${label}».`);
        continue;
      }
      const before = errors.length;
      for (const [key, what] of [
        ['x', 'vị trí ngang (x)'],
        ['y', 'vị trí dọc (y)'],
        ['width', 'chiều rộng'],
        ['size', 'cỡ chữ'],
      ] as const) {
        if (!isNumber(box[key])) err(`${path}.${key}`, `Ô «${label}»: ${what} phải là một số.`);
      }
      if (errors.length > before) continue;
      const { x, y, width, size } = box as { x: number; y: number; width: number; size: number };
      if (size <= 0) err(`${path}.size`, `Ô «${label}»: cỡ chữ phải lớn hơn 0 (đang là ${size}).`);
      else if (size > 200) err(`${path}.size`, `Ô «${label}»: cỡ chữ quá lớn (${size} pt, tối đa 200 pt).`);
      if (width <= 0) err(`${path}.width`, `Ô «${label}»: chiều rộng phải lớn hơn 0 (đang là ${width} mm).`);
      if (x < 0) err(`${path}.x`, `Ô «${label}» nằm ngoài trang: lệch quá mép trái (x = ${mm1(x)}).`);
      if (y < 0) err(`${path}.y`, `Ô «${label}» nằm ngoài trang: lệch quá mép trên (y = ${mm1(y)}).`);
      if (width > 0 && x + width > page.width) {
        err(`${path}.width`, `Ô «${label}» nằm ngoài trang: vượt mép phải (x + chiều rộng = ${mm1(x + width)}, khổ giấy rộng ${page.width} mm).`);
      }
      if (size > 0 && y + ptToMm(size * LINE) > page.height) {
        err(`${path}.y`, `Ô «${label}» nằm ngoài trang: vượt mép dưới (dòng chữ xuống tới ${mm1(y + ptToMm(size * LINE))}, khổ giấy cao ${page.height} mm).`);
      }
      if (box.align !== undefined && box.align !== 'left' && box.align !== 'center' && box.align !== 'right') {
        err(`${path}.align`, `Ô «${label}»: căn lề phải là "left" (trái), "center" (giữa) hoặc "right" (phải).`);
      }
      for (const key of ['bold', 'italic'] as const) {
        if (box[key] !== undefined && typeof box[key] !== 'boolean') err(`${path}.${key}`, `Ô «${label}»: ${key === 'bold' ? 'chữ đậm' : 'chữ nghiêng'} phải là true hoặc false.`);
      }
      const color = box.color;
      if (color !== undefined && !(Array.isArray(color) && color.length === 3 && color.every((c) => isNumber(c) && c >= 0 && c <= 1))) {
        err(`${path}.color`, `Ô «${label}»: màu phải gồm 3 số từ 0 đến 1 (đỏ, lục, lam).`);
      }
      if (errors.length === before) {
        const b = box as unknown as FieldBox;
        fields[name] = {
          x,
          y,
          width,
          size,
          ...(b.align ? { align: b.align } : {}),
          ...(b.bold !== undefined ? { bold: b.bold } : {}),
          ...(b.italic !== undefined ? { italic: b.italic } : {}),
          ...(b.color ? { color: [b.color[0], b.color[1], b.color[2]] as [number, number, number] } : {}),
        };
      }
    }
  }

  const qr = l.qr;
  if (!isRecord(qr)) {
    err('qr', 'Thiếu vị trí của mã QR.');
  } else {
    const before = errors.length;
    for (const [key, what] of [
      ['x', 'vị trí ngang (x)'],
      ['y', 'vị trí dọc (y)'],
      ['size', 'kích thước'],
    ] as const) {
      if (!isNumber(qr[key])) err(`qr.${key}`, `Mã QR: ${what} phải là một số.`);
    }
    if (errors.length === before) {
      const { x, y, size } = qr as { x: number; y: number; size: number };
      if (size < 10) err('qr.size', `Mã QR: kích thước phải từ 10 mm trở lên để quét được (đang là ${mm1(size)}).`);
      if (x < 0 || y < 0 || x + size > page.width || y + size > page.height) {
        err('qr', `Mã QR nằm ngoài trang (từ ${mm1(x)}, ${mm1(y)} đến ${mm1(x + size)}, ${mm1(y + size)}; khổ giấy ${page.width} × ${page.height} mm).`);
      }
    }
  }

  if (errors.length) return { ok: false, errors };
  const q = qr as { x: number; y: number; size: number };
  return {
    ok: true,
    layout: {
      orientation: orientation as CertificateLayout['orientation'],
      border: l.border as boolean,
      fields: fields as Record<FieldName, FieldBox>,
      qr: { x: q.x, y: q.y, size: q.size },
    },
  };
}

// ─── the certificates ────────────────────────────────────────────────────────────────────────────

export interface CertificateItem {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA" (printed as given) */
  issuer: string;
  /** "GIẤY KHEN" / "BẰNG KHEN" */
  awardTitle: string;
  /** "Bà Nguyễn Thị Hương" or a collective's name */
  name: string;
  /** "Giáo viên Trường Tiểu học Lam Vỹ" */
  unit?: string | null;
  /** "Đã có thành tích xuất sắc trong phong trào …" (wrapped inside its box) */
  achievement: string;
  /** "Quyết định số 12/QĐ-UBND ngày 15/12/2026" */
  decision: string;
  /** "Định Hóa, ngày 15 tháng 12 năm 2026" */
  placeDate: string;
  /** "CHỦ TỊCH" */
  signerTitle: string;
  signerName: string;
  /** encoded in the QR code, not printed */
  verifyUrl: string;
  /** printed small under the QR code, e.g. "Mã xác thực: 7K3Q-…" */
  code: string;
}

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const AWARD_TO = 'Tặng';

const BORDER_RED: Color = [0.62, 0.08, 0.08];
const BORDER_GOLD: Color = [0.76, 0.58, 0.2];

/**
 * How far down each field may run before it meets the next thing printed under it (a field or the
 * QR code that overlaps it sideways), in points; the page's bottom edge if nothing.
 */
function roomBelow(l: CertificateLayout, pageHeight: number): Record<FieldName, number> {
  const out = {} as Record<FieldName, number>;
  const boxes = [...FIELD_NAMES.map((n) => ({ name: n as string, x: l.fields[n].x, y: l.fields[n].y, width: l.fields[n].width })), { name: 'qr', x: l.qr.x, y: l.qr.y, width: l.qr.size }];
  for (const name of FIELD_NAMES) {
    const b = l.fields[name];
    let limit = pageHeight / MM;
    for (const o of boxes) {
      if (o.name !== name && o.y > b.y && o.x < b.x + b.width && b.x < o.x + o.width) limit = Math.min(limit, o.y);
    }
    out[name] = (limit - b.y) * MM;
  }
  return out;
}

/**
 * Draws `text` in its box: wrapped (centred lines balanced), or for `shrink` made smaller to stay
 * on one line. Wrapped text that would run into what is printed below it (`room`, points) is set
 * smaller, down to 70 % of its size.
 */
function drawField(c: Canvas, fonts: Fonts, box: FieldBox, text: string, fit: 'wrap' | 'shrink' = 'wrap', room = Infinity): { bottom: number; width: number } {
  const font = fonts[styleOf(box.bold, box.italic)];
  const x = box.x * MM;
  const top = box.y * MM;
  const w = box.width * MM;
  const align: Align = box.align ?? 'center';
  const clean = cleanText(text).replace(/\s+/g, ' ').trim();
  const wrap = (sz: number) => (align === 'center' ? wrapBalanced(clean, font, sz, w) : wrapLines(clean, font, sz, w));
  let size = fit === 'shrink' ? fittingSize(font, clean, box.size, w, box.size * 0.4) : box.size;
  let lines = wrap(size);
  while (lines.length > 1 && lines.length * size * LINE > room && size > box.size * 0.7) {
    size = Math.max(box.size * 0.7, size - 0.5);
    lines = wrap(size);
  }
  const lh = size * LINE;
  lines.forEach((l, i) => c.line(l, x, baselineIn(top + i * lh, lh, size), w, align, font, size, box.color ?? [0, 0, 0]));
  return { bottom: top + lines.length * lh, width: Math.max(...lines.map((l) => l.width)) };
}

/** The border: a thick and a thin red line, gold corner squares and a fine gold line inside. */
function drawBorder(c: Canvas): void {
  const W = c.width;
  const H = c.height;
  const outer = 8 * MM;
  const inner = 10.2 * MM;
  const fine = 12 * MM;
  c.frame(outer, outer, W - 2 * outer, H - 2 * outer, 2.6, BORDER_RED);
  c.frame(inner, inner, W - 2 * inner, H - 2 * inner, 0.8, BORDER_RED);
  c.frame(fine, fine, W - 2 * fine, H - 2 * fine, 0.5, BORDER_GOLD);
  // a small gold square across the lines at each corner
  const s = 5 * MM;
  const corners = [
    [outer - 1.5 * MM, outer - 1.5 * MM],
    [W - outer + 1.5 * MM - s, outer - 1.5 * MM],
    [outer - 1.5 * MM, H - outer + 1.5 * MM - s],
    [W - outer + 1.5 * MM - s, H - outer + 1.5 * MM - s],
  ];
  const rgb = (col: Color) => `${num(col[0])} ${num(col[1])} ${num(col[2])}`;
  const pad = 1.2 * MM;
  const squares = corners.map(([x, y]) => {
    const bottom = H - y - s; // PDF coordinates
    return `${num(x)} ${num(bottom)} ${num(s)} ${num(s)} re f ${num(x + pad)} ${num(bottom + pad)} ${num(s - 2 * pad)} ${num(s - 2 * pad)} re S`;
  });
  const squaresOps = `${rgb(BORDER_GOLD)} rg ${rgb(BORDER_RED)} RG 0.8 w ${squares.join(' ')}`;
  c.raw(squaresOps);
}

/**
 * The modules of the QR code of `url` (error correction M), row by row, 1 for dark. One byte-mode
 * segment: what qrcode's optimal segmentation picks for a mixed-case URL anyway, without its cost.
 */
export function qrModules(url: string): { size: number; data: Uint8Array } {
  const { size, data } = QRCode.create([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' }).modules;
  return { size, data };
}

/**
 * The QR code of `url` as filled squares: one rectangle per run of dark modules, runs repeated on
 * the rows below merged into one taller rectangle. Drawn in module units (`cm`), so the numbers
 * are small integers and compress well. `pageHeight` in points.
 */
export function qrOperators(url: string, box: { x: number; y: number; size: number }, pageHeight: number): string {
  const { size: n, data } = qrModules(url);
  const m = (box.size * MM) / n;
  const out: string[] = [`0 g ${Math.round(m * 10000) / 10000} 0 0 ${-Math.round(m * 10000) / 10000} ${num(box.x * MM)} ${num(pageHeight - box.y * MM)} cm`];
  let open = new Map<number, { col: number; len: number; row: number }>();
  const close = (run: { col: number; len: number; row: number }, row: number) => out.push(`${run.col} ${run.row} ${run.len} ${row - run.row} re`);
  for (let r = 0; r <= n; r++) {
    const next = new Map<number, { col: number; len: number; row: number }>();
    for (let c = 0; r < n && c < n; ) {
      if (!data[r * n + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && data[r * n + c]) c++;
      const key = start * 1000 + (c - start);
      next.set(key, open.get(key) ?? { col: start, len: c - start, row: r });
    }
    for (const [key, run] of open) if (!next.has(key)) close(run, r);
    open = next;
  }
  out.push('f');
  return out.join('\n');
}

/** One certificate per item, in the given order, in one PDF. */
export async function certificatesPdf(items: CertificateItem[], layout: CertificateLayout = DEFAULT_CERTIFICATE_LAYOUT): Promise<Buffer> {
  if (items.length === 0) throw new RangeError('certificatesPdf: no certificates to print');
  const checked = validateLayout(layout);
  if (!checked.ok) throw new RangeError(`certificatesPdf: invalid layout: ${checked.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  const L = checked.layout;
  const f = L.fields;
  const size = L.orientation === 'landscape' ? { width: A4.height, height: A4.width } : { width: A4.width, height: A4.height };

  const titles = [...new Set(items.map((i) => cleanText(i.awardTitle).trim()))];
  const pdf = await newPdf({ title: items.length === 1 ? `${titles[0]} - ${cleanText(items[0].name)}` : titles.join(', ') });
  const fonts = await embedFonts(
    pdf,
    FIELD_NAMES.map((n) => styleOf(f[n].bold, f[n].italic)),
  );
  const keys = new FontKeys();
  const room = roomBelow(L, size.height);

  // the same on every page: drawn once
  const common = sharedDrawing(pdf, keys, size, (c) => {
    if (L.border) drawBorder(c);
    drawField(c, fonts, f.nationalTitle, NATIONAL_TITLE, 'shrink');
    const motto = drawField(c, fonts, f.motto, MOTTO, 'shrink');
    // the rule under the tiêu ngữ, as long as the tiêu ngữ
    const x = f.motto.x * MM;
    const w = f.motto.width * MM;
    const align = f.motto.align ?? 'center';
    const x1 = align === 'center' ? x + (w - motto.width) / 2 : align === 'right' ? x + w - motto.width : x;
    const y = motto.bottom + 3;
    c.rule(x1, y, x1 + motto.width, y, 0.7);
  });

  for (const item of items) {
    const page = pdf.addPage([size.width, size.height]);
    common(page);
    const c = Canvas.forPage(page, keys);
    const text = (name: FieldName, value: string, fit: 'wrap' | 'shrink' = 'wrap') => drawField(c, fonts, f[name], value, fit, room[name]);
    text('issuer', item.issuer);
    text('awardTitle', item.awardTitle, 'shrink');
    text('awardTo', AWARD_TO);
    text('name', item.name, 'shrink');
    if (item.unit?.trim()) text('unit', item.unit);
    text('achievement', item.achievement);
    text('decision', item.decision);
    text('placeDate', item.placeDate);
    text('signerTitle', item.signerTitle);
    text('signerName', item.signerName);
    text('code', item.code);
    c.raw(qrOperators(item.verifyUrl, L.qr, size.height));
    c.finish(page);
  }
  return Buffer.from(await pdf.save());
}
