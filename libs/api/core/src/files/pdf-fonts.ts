import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveInstalledPackage } from '../database/installed-package';

/**
 * Noto Sans Hans covers Latin and Chinese, so a PDF says both languages and any name. The
 * package ships the fonts beside its code; read once, then only subsets of the glyphs used
 * are embedded by the PDF writer.
 */
let fonts: { regular: Buffer; bold: Buffer } | null = null;
export function pdfFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const entry = resolveInstalledPackage('@embedpdf/fonts-sc');
    if (!entry) throw new Error('The PDF font (@embedpdf/fonts-sc) is not installed: run npm install');
    const dir = join(dirname(entry), '..', 'fonts');
    fonts = {
      regular: readFileSync(join(dir, 'NotoSansHans-Regular.otf')),
      bold: readFileSync(join(dir, 'NotoSansHans-Bold.otf')),
    };
  }
  return fonts;
}
