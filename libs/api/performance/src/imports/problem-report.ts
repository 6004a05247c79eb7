import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { ImportProblemCode, ImportProblemDto } from '@cadre/shared/contracts';
import { csvLine } from '@cadre/shared/util';

type Lang = 'en' | 'zh-CN';
type Params = Record<string, string | number> | null;

/** The report's reason column, in the language of whoever downloads it. */
const REASONS: Record<ImportProblemCode, Record<Lang, (p: Params) => string>> = {
  required: { en: () => 'A value is required', 'zh-CN': () => '此项必填' },
  column_count: {
    en: (p) => `The row has ${p?.['found']} columns; the header has ${p?.['expected']}`,
    'zh-CN': (p) => `此行有 ${p?.['found']} 列，表头有 ${p?.['expected']} 列`,
  },
  formula: {
    en: () => 'Starts like a spreadsheet formula (=, +, -, @): remove or quote it',
    'zh-CN': () => '以公式符号（=、+、-、@）开头：请删除或改写',
  },
  not_a_date: { en: () => 'Not a calendar date (yyyy-mm-dd)', 'zh-CN': () => '不是有效日期（yyyy-mm-dd）' },
  not_a_decimal: {
    en: () => 'Not a decimal number such as 1200.50',
    'zh-CN': () => '不是数字（如 1200.50）',
  },
  too_many_decimals: {
    en: (p) => `At most ${p?.['max']} decimals`,
    'zh-CN': (p) => `最多 ${p?.['max']} 位小数`,
  },
  not_yes_no: { en: () => 'Write true or false', 'zh-CN': () => '请填写 true 或 false' },
  share_out_of_range: {
    en: () => 'A share is above 0 and at most 1',
    'zh-CN': () => '分成比例须大于 0 且不超过 1',
  },
  shares_not_one: {
    en: () => "The transaction's split credits do not add up to 1",
    'zh-CN': () => '该交易的分成比例合计不等于 1',
  },
  unknown_employee: { en: () => 'No employee has this email', 'zh-CN': () => '没有使用此邮箱的员工' },
  no_open_period: {
    en: () => 'The date is in no month of the fiscal calendar',
    'zh-CN': () => '日期不在财务日历的任何月份内',
  },
  closed_period: {
    en: (p) => `${p?.['period']} is closed: record an adjustment in an open month`,
    'zh-CN': (p) => `${p?.['period']} 已关账：请在未关账月份录入调整`,
  },
  duplicate_external_id: {
    en: (p) => `The same credit is given on row ${p?.['first']}`,
    'zh-CN': (p) => `与第 ${p?.['first']} 行的业绩归属重复`,
  },
  inconsistent_transaction: {
    en: (p) => `Differs from row ${p?.['first']} of the same transaction`,
    'zh-CN': (p) => `与同一交易的第 ${p?.['first']} 行不一致`,
  },
  unknown_original: {
    en: () => 'No transaction with this id to reverse',
    'zh-CN': () => '找不到要冲销的原交易',
  },
  no_values: { en: () => 'The row has no metric values', 'zh-CN': () => '此行没有任何指标数值' },
  too_long: { en: (p) => `At most ${p?.['max']} characters`, 'zh-CN': (p) => `最多 ${p?.['max']} 个字符` },
};

export function problemReason(problem: Pick<ImportProblemDto, 'code' | 'params'>, lang: Lang): string {
  return REASONS[problem.code]?.[lang](problem.params) ?? problem.code;
}

/** Writes the report page by page, waiting for the client to keep up. */
export async function problemReportCsv(
  out: Writable,
  first: IteratorResult<ImportProblemDto[]>,
  rest: AsyncIterator<ImportProblemDto[]>,
  lang: Lang,
): Promise<void> {
  const header = lang === 'zh-CN' ? ['行', '列', '值', '原因'] : ['row', 'column', 'value', 'reason'];
  // A BOM so that spreadsheet programs read the file as UTF-8.
  out.write('\ufeff' + header.join(',') + '\r\n');
  let page = first;
  while (!page.done) {
    const text = page.value.map((p) => csvLine([p.row, p.column, p.value, problemReason(p, lang)])).join('');
    if (!out.write(text)) await once(out, 'drain');
    page = await rest.next();
  }
  out.end();
}
