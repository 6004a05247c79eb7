import type { Statement } from '@cadre/compensation/engine';
import { statementsCsv } from './statements-csv';

const statement = (payee: string, period: string, payout: string, balance = '0.00') =>
  ({ payee, period, currency: 'CNY', earnings: payout, payout, recovered: '0.00', balance }) as Statement;

describe('statementsCsv', () => {
  it('writes a header and one row per statement, amounts exactly as calculated', () => {
    expect(
      statementsCsv([
        statement('huang.jie', '2027-02', '3000.00', '2400.00'),
        statement('xu.hao', '2027-Q1', '-150.25'),
      ]),
    ).toBe(
      '\ufeffpayee,period,currency,earnings,payout,recovered,balance\r\n' +
        'huang.jie,2027-02,CNY,3000.00,3000.00,0.00,2400.00\r\n' +
        'xu.hao,2027-Q1,CNY,-150.25,-150.25,0.00,0.00\r\n',
    );
  });

  it('quotes commas and quotes, and keeps payee ids from being read as formulas', () => {
    const csv = statementsCsv([
      statement('Wu, "Tony"', '2027-02', '1.00'),
      statement('=HYPERLINK("http://x")', '2027-02', '1.00'),
      statement('-rep', '2027-02', '1.00'),
    ]);
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      '"Wu, ""Tony""",2027-02,CNY,1.00,1.00,0.00,0.00',
      `"'=HYPERLINK(""http://x"")",2027-02,CNY,1.00,1.00,0.00,0.00`,
      "'-rep,2027-02,CNY,1.00,1.00,0.00,0.00",
    ]);
  });

  it('writes only the header when there is nothing to pay', () => {
    expect(statementsCsv([])).toBe('\ufeffpayee,period,currency,earnings,payout,recovered,balance\r\n');
  });
});
