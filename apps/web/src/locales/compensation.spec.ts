import { TestBed } from '@angular/core/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, simulate, type Statement } from '@cadre/compensation/engine';
import { explainLine, explainSettlement, statementTranslations } from '@cadre/web/compensation/ui';
import { compensationTranslations } from '@cadre/web/compensation/feature-simulator';
import { I18n, TRANSLATIONS } from '@cadre/web/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples', 'commission');

/** Every statement of an example plan, as the engine computes it. */
function statementsOf(file: string): Statement[] {
  const result = simulate(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.output.statements;
}

/** The statement as a screen shows it: each line's sentences, then the settlement's. */
function render(i18n: I18n, statement: Statement): string[] {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  return [
    ...statement.lines.flatMap((line) => explainLine(line.trace, t)),
    ...explainSettlement(statement, t),
  ];
}

describe('statements explained in both languages', () => {
  let i18n: I18n;
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [{ provide: TRANSLATIONS, useValue: { en, 'zh-CN': zhCN } }],
    });
    i18n = TestBed.inject(I18n);
    i18n.register(compensationTranslations);
    i18n.register(statementTranslations);
  });

  it("explains a new hire's first month: ramped quota, marginal bands, the draw paid", () => {
    const [first] = statementsOf('new-hire-ramp-draw.json');
    i18n.use('en');
    expect(render(i18n, first)).toEqual([
      'revenue total 12,000 against quota 25,000 (attainment 48%)',
      'Band 1 (up to 25,000): 12,000 × 0.05 = 600',
      'Band 2 (above 25,000): 0 × 0.08 = 0',
      'Exact 600, rounded half up',
      'New-hire ramp: period 1 since joining, so the quotas are 25% of the full quotas',
      'Draw 3,000.00 (recoverable): earnings are below it, so the draw is paid',
      'Owed before this period 0.00; recovered 0.00; added 2,400.00',
    ]);
    i18n.use('zh-CN');
    expect(render(i18n, first)).toEqual([
      'revenue 合计 12,000，配额 25,000（达成率 48%）',
      '第 1 档（至 25,000）：12,000 × 0.05 = 600',
      '第 2 档（25,000 以上）：0 × 0.08 = 0',
      '精确值 600，按四舍五入取整',
      '新员工爬坡：入职第 1 期，配额为完整配额的 25%',
      '预支提成 3,000.00（可追回）：应得低于预支，按预支发放',
      '本期前待追回 0.00；本期追回 0.00；新增 2,400.00',
    ]);
  });

  it('fills every placeholder for every statement of every example, in both languages', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const locale of ['en', 'zh-CN'] as const) {
      i18n.use(locale);
      for (const file of files) {
        for (const statement of statementsOf(file)) {
          for (const sentence of render(i18n, statement)) {
            expect(sentence).not.toMatch(/[{}]|compensation\./);
          }
        }
      }
    }
  });
});
