import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { resolveInstalledPackage } from '@cadre/api/core';
import type { CertificationDto } from '@cadre/shared/contracts';

/**
 * Noto Sans Hans covers Latin and Chinese, so a certificate says both languages and any
 * name. The package ships the fonts beside its code; read once, then only subsets of the
 * glyphs used are embedded (a certificate is about 90 KB).
 */
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const entry = resolveInstalledPackage('@embedpdf/fonts-sc');
    if (!entry)
      throw new Error('The certificate font (@embedpdf/fonts-sc) is not installed: run npm install');
    const dir = join(dirname(entry), '..', 'fonts');
    fonts = {
      regular: readFileSync(join(dir, 'NotoSansHans-Regular.otf')),
      bold: readFileSync(join(dir, 'NotoSansHans-Bold.otf')),
    };
  }
  return fonts;
}

const day = (iso: string): string => iso.slice(0, 10);

/** The certificate as a one-page landscape A4 PDF, in English and Chinese. */
export function certificatePdf(certification: CertificationDto): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    info: {
      Title: `${certification.title.en} — ${certification.employeeName}`,
      Subject: `Certification ${certification.code}`,
      Creator: 'Cadre',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);

  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor('#3f51b5')
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  doc
    .lineWidth(1)
    .rect(36, 36, width - 72, height - 72)
    .stroke();

  const centred = { align: 'center' as const, width: width - 112 };
  doc.fillColor('#3f51b5').font('bold').fontSize(14).text('CADRE', 56, 72, centred);
  doc.fillColor('#222').font('bold').fontSize(30).text('Certificate of completion', 56, 110, centred);
  doc.font('regular').fontSize(18).text('结业证书', centred);
  doc.moveDown(1.2).fontSize(13).fillColor('#555').text('This certifies that · 兹证明', centred);
  doc.moveDown(0.4).font('bold').fontSize(26).fillColor('#111').text(certification.employeeName, centred);
  doc.moveDown(0.6).font('regular').fontSize(13).fillColor('#555').text('has completed · 已完成', centred);
  doc.moveDown(0.4).font('bold').fontSize(20).fillColor('#111').text(certification.title.en, centred);
  doc.font('regular').fontSize(16).text(certification.title.zh, centred);

  const expiry = certification.expiresAt
    ? `Valid until ${day(certification.expiresAt)} · 有效期至 ${day(certification.expiresAt)}`
    : 'Does not expire · 长期有效';
  doc.moveDown(1.4).fontSize(12).fillColor('#333');
  doc.text(`Certification code · 认证编号  ${certification.code}`, centred);
  doc.text(`Issued · 颁发日期  ${day(certification.issuedAt)}`, centred);
  doc.text(expiry, centred);
  doc
    .fontSize(8)
    .fillColor('#888')
    .text(`Certificate ${certification.id}`, 56, height - 76, centred);
  doc.end();
  return done;
}
