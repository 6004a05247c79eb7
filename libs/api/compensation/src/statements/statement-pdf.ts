import PDFDocument from 'pdfkit';
import { pdfFonts } from '@cadre/api/core';
import {
  groupDigits,
  statementEn,
  statementZhCN,
  translateLine,
  translateSettlement,
  wordsOf,
  type Statement,
} from '@cadre/compensation/engine';
import type { StatementDto } from '@cadre/shared/contracts';

export type PdfLanguage = 'en' | 'zh-CN';

/** The PDF's own headings; the explanations come from the statement dictionaries the web uses. */
const HEADINGS: Record<PdfLanguage, Record<string, string>> = {
  en: {
    title: 'Commission statement',
    person: 'Person',
    period: 'Period',
    plan: 'Plan',
    status: 'Status',
    lines: 'How each amount arose',
    earnings: 'Earnings',
    payout: 'Payout',
    recovered: 'Recovered draw',
    balance: 'Still owed',
    adjustments: 'Adjustments',
    approvals: 'Approvals',
    toDate: 'Paid this year',
    'status.locked': 'Approved and locked',
    'status.draft': 'Draft: awaiting the manager',
    'status.manager_approved': 'Awaiting finance',
    'status.recalculated': 'Recalculated version',
    'history.manager_approved': 'Approved by the manager',
    'history.finance_approved': 'Approved by finance and locked',
    'history.rejected': 'Sent back',
  },
  'zh-CN': {
    title: '提成结算单',
    person: '人员',
    period: '期间',
    plan: '方案',
    status: '状态',
    lines: '各项金额的计算',
    earnings: '应得提成',
    payout: '实发',
    recovered: '收回的预支',
    balance: '尚欠余额',
    adjustments: '调整',
    approvals: '审批记录',
    toDate: '今年已发',
    'status.locked': '已审批并锁定',
    'status.draft': '草稿：待经理审批',
    'status.manager_approved': '待财务审批',
    'status.recalculated': '重新计算的版本',
    'history.manager_approved': '经理已审批',
    'history.finance_approved': '财务已审批并锁定',
    'history.rejected': '已退回',
  },
};

/**
 * One statement as an A4 PDF in the reader's language: every line with the sentences that
 * explain it (the same words as the screen), the settlement, adjustments and approvals.
 */
export function statementPdf(statement: StatementDto, lang: PdfLanguage): Promise<Buffer> {
  const { regular, bold } = pdfFonts();
  const h = HEADINGS[lang];
  const t = wordsOf(lang === 'zh-CN' ? statementZhCN : statementEn);
  const names = new Map(statement.metrics.map((m) => [m.code, lang === 'zh-CN' ? m.nameZh : m.nameEn]));
  const metricName = (code: string) => names.get(code) ?? code;
  const calculation = statement.calculation as unknown as Statement;
  const money = (value: string) => `${groupDigits(value)} ${statement.currency}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${h['title']} ${statement.fullName} ${statement.period}`, Creator: 'Cadre' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);

  doc
    .font('bold')
    .fontSize(20)
    .fillColor('#1a237e')
    .text(h['title'] ?? '');
  doc.moveDown(0.5).font('regular').fontSize(11).fillColor('#000');
  const facts: [string, string][] = [
    [h['person'] ?? '', statement.fullName],
    [h['period'] ?? '', statement.period],
    [h['plan'] ?? '', `${statement.planCode} v${statement.planVersion}`],
    [h['status'] ?? '', h[`status.${statement.status}`] ?? statement.status],
  ];
  for (const [label, value] of facts) doc.text(`${label}: ${value}`);

  doc
    .moveDown()
    .font('bold')
    .fontSize(13)
    .text(h['lines'] ?? '');
  for (const line of calculation.lines) {
    doc
      .moveDown(0.5)
      .font('bold')
      .fontSize(11)
      .text(`${line.name ?? line.component}: ${money(line.amount)}`);
    doc.font('regular').fontSize(9.5);
    for (const sentence of translateLine(line.trace, t, metricName))
      doc.text(`• ${sentence}`, { indent: 12 });
  }
  doc
    .moveDown()
    .font('bold')
    .fontSize(11)
    .text(`${h['earnings']}: ${money(statement.earnings)}`);
  doc.font('regular').fontSize(9.5);
  for (const sentence of translateSettlement(calculation, t)) doc.text(`• ${sentence}`, { indent: 12 });
  if (statement.adjustments.length) {
    doc
      .moveDown()
      .font('bold')
      .fontSize(11)
      .text(h['adjustments'] ?? '');
    doc.font('regular').fontSize(9.5);
    for (const a of statement.adjustments) doc.text(`• ${a.sourcePeriod} · ${a.reason}: ${money(a.amount)}`);
  }
  doc
    .moveDown()
    .font('bold')
    .fontSize(14)
    .text(`${h['payout']}: ${money(statement.payout)}`);
  doc.font('regular').fontSize(11);
  doc.text(`${h['recovered']}: ${money(statement.recovered)}`);
  doc.text(`${h['balance']}: ${money(statement.balance)}`);
  doc.text(`${h['toDate']}: ${money(statement.earningsToDate)}`);
  if (statement.history.length) {
    doc
      .moveDown()
      .font('bold')
      .fontSize(11)
      .text(h['approvals'] ?? '');
    doc.font('regular').fontSize(9.5);
    for (const e of statement.history)
      doc.text(
        `• ${h[`history.${e.action}`] ?? e.action}: ${e.by}, ${e.at.slice(0, 16).replace('T', ' ')} UTC`,
      );
  }
  doc.end();
  return done;
}
