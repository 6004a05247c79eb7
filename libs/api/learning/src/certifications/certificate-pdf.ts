import PDFDocument from 'pdfkit';
import { pdfFonts } from '@cadre/api/core';
import type { CertificationDto } from '@cadre/shared/contracts';

const day = (iso: string): string => iso.slice(0, 10);

/** The certificate as a one-page landscape A4 PDF, in English and Chinese. */
export function certificatePdf(certification: CertificationDto): Promise<Buffer> {
  const { regular, bold } = pdfFonts();
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
