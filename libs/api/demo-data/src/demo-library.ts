import PDFDocument from 'pdfkit';
import type { ResourceKind } from '@cadre/shared/contracts';

type Text = [string, string];

/** One version of a demo resource: a generated PDF (its pages' lines) or a link. */
export interface DemoResourceVersion {
  title: Text;
  summary: Text;
  changeNote: Text;
  pdf: { fileName: string; lines: string[] } | null;
  url: string | null;
  publishedDaysAgo: number;
}

export interface DemoResource {
  key: string;
  kind: ResourceKind;
  /** Org unit keys (product lines and customer segments) of the demo company. */
  units: string[];
  competencies: string[];
  /** Oldest first. */
  versions: DemoResourceVersion[];
}

/** The demo company's sales tools: what its reps are handed besides courses. */
export const DEMO_RESOURCES: DemoResource[] = [
  {
    key: 'ax500-manual',
    kind: 'product-manual',
    units: ['analytics'],
    competencies: ['product-knowledge'],
    versions: [
      {
        title: ['AX-500 spectrometer: product manual', 'AX-500 光谱仪产品手册'],
        summary: [
          'What the AX-500 measures, its accessories, service plans and the questions lab managers ask.',
          'AX-500 的测量范围、配件、服务方案，以及实验室主管常问的问题。',
        ],
        changeNote: ['', ''],
        pdf: {
          fileName: 'AX-500-product-manual.pdf',
          lines: [
            'AX-500 benchtop spectrometer',
            'Range 190-1100 nm; 0.5 nm resolution; 8-sample carousel.',
            'Accessories: temperature-controlled cell holder, fibre probe kit.',
            'Service plans: Standard (next business day), Premium (4 h on site).',
            'Typical buyers: QA laboratories in pharma, food and water utilities.',
          ],
        },
        url: null,
        publishedDaysAgo: 120,
      },
    ],
  },
  {
    key: 'ax500-deck',
    kind: 'demo-deck',
    units: ['analytics'],
    competencies: ['solution-presentation'],
    versions: [
      {
        title: ['AX-500 demo script and deck', 'AX-500 演示脚本与讲稿'],
        summary: [
          'The 20-minute customer demo: the story, the live measurement, the questions to ask before pricing.',
          '20 分钟客户演示：讲述主线、现场测量、报价前要问的问题。',
        ],
        changeNote: ['', ''],
        pdf: null,
        url: 'https://intranet.northwind.example/sales/ax500-demo',
        publishedDaysAgo: 90,
      },
    ],
  },
  {
    key: 'pharma-case',
    kind: 'case-study',
    units: ['analytics', 'key-accounts'],
    competencies: ['needs-analysis', 'solution-presentation'],
    versions: [
      {
        title: ['Case study: Eastern Pharma', '客户案例：华东制药'],
        summary: [
          'How a QA lab cut release testing from two days to one with three AX-500s.',
          '一家质检实验室如何用三台 AX-500 把放行检测从两天缩短到一天。',
        ],
        changeNote: ['', ''],
        pdf: {
          fileName: 'case-study-eastern-pharma.pdf',
          lines: ['Eastern Pharma QA laboratory', 'Release testing: 2 days -> 1 day.', 'Three AX-500 units.'],
        },
        url: null,
        publishedDaysAgo: 75,
      },
      {
        title: ['Case study: Eastern Pharma', '客户案例：华东制药'],
        summary: [
          'How a QA lab cut release testing from two days to one with three AX-500s, and what it saved in a year.',
          '一家质检实验室如何用三台 AX-500 把放行检测从两天缩短到一天，以及一年节省了多少。',
        ],
        changeNote: [
          'Added the first year’s savings, signed off by the customer',
          '补充了客户确认的首年节省数据',
        ],
        pdf: {
          fileName: 'case-study-eastern-pharma-v2.pdf',
          lines: [
            'Eastern Pharma QA laboratory',
            'Release testing: 2 days -> 1 day.',
            'Three AX-500 units.',
            'First-year savings confirmed by the customer: 1.2 million CNY.',
          ],
        },
        url: null,
        publishedDaysAgo: 4,
      },
    ],
  },
  {
    key: 'competitor',
    kind: 'competitor-analysis',
    units: ['analytics'],
    competencies: ['negotiation'],
    versions: [
      {
        title: ['Competitor brief: Spectra Labs S9', '竞品简报：Spectra Labs S9'],
        summary: [
          'Where the S9 wins, where we win, and three questions that move the conversation to service.',
          'S9 的优势、我们的优势，以及把话题引向服务的三个问题。',
        ],
        changeNote: ['', ''],
        pdf: null,
        url: 'https://intranet.northwind.example/sales/competitors/spectra-s9',
        publishedDaysAgo: 9,
      },
    ],
  },
  {
    key: 'pricing',
    kind: 'pricing-guide',
    units: ['key-accounts'],
    competencies: ['negotiation', 'closing'],
    versions: [
      {
        title: ['Key account pricing and quotation guide', '大客户定价与报价指南'],
        summary: [
          'List prices, the discount ladder and who approves what, and how to quote multi-year service.',
          '目录价、折扣阶梯与审批权限，以及多年服务合同的报价方法。',
        ],
        changeNote: ['', ''],
        pdf: {
          fileName: 'key-account-pricing-guide.pdf',
          lines: [
            'Discount ladder: up to 8% manager, up to 15% director, above: VP.',
            'Multi-year service: quote per year.',
          ],
        },
        url: null,
        publishedDaysAgo: 40,
      },
    ],
  },
];

/** A small real PDF (standard Helvetica, one page), so the demo's files open like any other. */
export function demoPdf(title: string, lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Creator: 'Cadre demo' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(20).text(title);
  doc.moveDown().font('Helvetica').fontSize(12);
  for (const line of lines) doc.text(line).moveDown(0.5);
  doc.end();
  return done;
}
