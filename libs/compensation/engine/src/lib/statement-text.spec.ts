import { credit, statements } from '../test/documents';
import type { LineTrace, Statement } from './statement';
import { explainLine, explainSettlement, groupDigits, percent, wordsOf } from './statement-text';
import { statementEn } from './statement-words.en';

describe('groupDigits', () => {
  it('groups the whole part in thousands and keeps every digit as written', () => {
    expect(groupDigits('0.00')).toBe('0.00');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('1000')).toBe('1,000');
    expect(groupDigits('-2400.50')).toBe('-2,400.50');
    expect(groupDigits('1234567.125')).toBe('1,234,567.125');
    // Beyond what a JavaScript number holds exactly.
    expect(groupDigits('12345678901234567890.01')).toBe('12,345,678,901,234,567,890.01');
  });

  it('leaves anything that is not a plain decimal alone', () => {
    expect(groupDigits('n/a')).toBe('n/a');
    expect(groupDigits('1e21')).toBe('1e21');
  });
});

describe('percent', () => {
  it('shows a ratio as a percentage to one decimal place', () => {
    expect(percent('0.48')).toBe('48%');
    expect(percent('1.0833333333333333333')).toBe('108.3%');
    expect(percent('0')).toBe('0%');
    expect(percent('0.00049')).toBe('0%');
    expect(percent('0.00051')).toBe('0.1%');
  });
});

describe('explainLine and explainSettlement', () => {
  const t = wordsOf(statementEn);
  const [gated, ramped] = statements({
    plan: { ramp: ['0.5'] },
    components: [
      {
        id: 'rev',
        type: 'rate',
        metric: 'revenue',
        rate: '0.05',
        gate: { metric: 'margin', minAttainment: '0.8' },
      },
    ],
    periods: ['2027-01', '2027-02'],
    payees: [{ id: 'rep', hireDate: '2027-01-10', quota: { revenue: '100000', margin: '30000' } }],
    credits: [credit('rep', '2027-01-15', '10000'), credit('rep', '2027-02-15', '10000')],
  });

  it('names metrics as the reader knows them, by code when no name is given', () => {
    const names: Record<string, string> = { revenue: 'Revenue', margin: 'Gross margin' };
    const named = explainLine(gated?.lines[0]?.trace as LineTrace, t, (code) => names[code] ?? code).join(
      ' | ',
    );
    expect(named).toContain('Revenue total 10,000');
    expect(named).toContain('Gross margin');
    expect(named).not.toContain('revenue');
    expect(explainLine(gated?.lines[0]?.trace as LineTrace, t).join(' | ')).toContain('revenue total 10,000');
  });

  it('mentions the new-hire ramp only while it lowers the quota', () => {
    // January, tenure 1: 50% of the quotas. February is past the ramp: nothing to say.
    expect(explainSettlement(gated as Statement, t)[0]).toBe(
      'New-hire ramp: period 1 since joining, so the quotas are 50% of the full quotas',
    );
    expect(ramped?.trace.rampMultiplier).toBe('1');
    expect(explainSettlement(ramped as Statement, t).join(' ')).not.toContain('ramp');
  });
});
