import QRCode from 'qrcode';

/** Modules of light margin on every side; scanners need four to find the code reliably. */
export const QUIET_ZONE = 4;

export interface QrPath {
  /** Side of the whole symbol in modules, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** One 1×1 square (`M x y h1v1h-1z`) per dark module, already offset by the quiet zone. */
  d: string;
}

/**
 * The QR code of `text` as a single SVG path. Built from the module matrix rather than the library's SVG
 * string so the browser can make it with DOM APIs (no markup parsing) and tests can check it module by module.
 */
export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      // BitMatrix is indexed (row, column).
      if (modules.get(y, x)) squares.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, d: squares.join('') };
}
