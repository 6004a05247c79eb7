import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from './problems';
import { simulate } from './simulate';

/** The example plans in examples/commission simulate out of the box, to figures worked by hand. */
const EXAMPLES = join(__dirname, '..', '..', '..', '..', '..', 'examples', 'commission');

function run(file: string): Record<string, string[]> {
  const result = simulate(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const byPayee: Record<string, string[]> = {};
  for (const s of result.output.statements) {
    (byPayee[s.payee] ??= []).push(
      `${s.period} ${s.lines.map((l) => `${l.component}=${l.amount}`).join(' ')} earnings=${s.earnings} payout=${s.payout} balance=${s.balance}`,
    );
  }
  return byPayee;
}

describe('example plans', () => {
  it('account executive: marginal accelerators, a margin gate, a club bonus and a cap', () => {
    expect(run('account-executive.json')).toEqual({
      // Q 120000, bands end at 60000 / 120000 / 180000; gate needs margin 21600.
      // Jan: 0.02×60000 + 0.05×38000 = 3100. Feb: 1200 + 3000 + 0.08×36000 = 7080, club 3000.
      // Mar: 1200 + 3000 + 4800 + 0.10×130000 = 22000, club 3000: 25000 capped at 20000.
      'wu.tingting': [
        '2027-01 rev=3100.00 club=0.00 earnings=3100.00 payout=3100.00 balance=0.00',
        '2027-02 rev=7080.00 club=3000.00 earnings=10080.00 payout=10080.00 balance=0.00',
        '2027-03 rev=22000.00 club=3000.00 earnings=20000.00 payout=20000.00 balance=0.00',
      ],
      // Jan: margin 15000 < 18000 gates revenue off; the club bonus has no gate.
      // Feb: 0.02×50000 + 0.05×38000 = 2900. Mar: a cancellation, and the gate fails.
      'marcus.lee': [
        '2027-01 rev=0.00 club=3000.00 earnings=3000.00 payout=3000.00 balance=0.00',
        '2027-02 rev=2900.00 club=0.00 earnings=2900.00 payout=2900.00 balance=0.00',
        '2027-03 rev=0.00 club=0.00 earnings=0.00 payout=0.00 balance=0.00',
      ],
    });
  });

  it('SDR: retroactive per-meeting tiers, a per-meeting SPIF on one product, pipeline rate', () => {
    expect(run('sdr-meetings.json')).toEqual({
      // Jan: 14 meetings, band 2: 200×14 = 2800; 6 X9 meetings × 100; 850000 × 0.002 = 1700.
      // Feb: 23 meetings, band 3: 260×23 = 5980; 23 × 100 = 2300.
      'bai.lu': [
        '2027-01 meetings=2800.00 spif=600.00 pipeline=1700.00 earnings=5100.00 payout=5100.00 balance=0.00',
        '2027-02 meetings=5980.00 spif=2300.00 pipeline=0.00 earnings=8280.00 payout=8280.00 balance=0.00',
      ],
      // Jan: exactly 10 meetings stays in band 1: 1500. Feb: 4×150, 4×100, 412500×0.002 = 825.
      'tom.becker': [
        '2027-01 meetings=1500.00 spif=0.00 pipeline=0.00 earnings=1500.00 payout=1500.00 balance=0.00',
        '2027-02 meetings=600.00 spif=400.00 pipeline=825.00 earnings=1825.00 payout=1825.00 balance=0.00',
      ],
    });
  });

  it('target incentive: a pay curve by quarter with half-even rounding', () => {
    expect(run('target-incentive-curve.json')).toEqual({
      // Q1: a = 0.9: 6000 + 9000 × 90000 / 180000 = 10500; collection 640000 × 0.005 = 3200.
      // Q2: a = 1.33: 15000 + 12000 × 300000 / 450000 = 23000.
      'guo.meiling': [
        '2027-Q1 tip=10500.00 collection=3200.00 earnings=13700.00 payout=13700.00 balance=0.00',
        '2027-Q2 tip=23000.00 collection=0.00 earnings=23000.00 payout=23000.00 balance=0.00',
      ],
      // Q1: a = 0.4, below the first point: 0. Q2: a = 2.0, above the last: 27000;
      // 1250000.50 × 0.005 = 6250.0025 -> 6250.00.
      'daniel.wong': [
        '2027-Q1 tip=0.00 collection=0.00 earnings=0.00 payout=0.00 balance=0.00',
        '2027-Q2 tip=27000.00 collection=6250.00 earnings=33250.00 payout=33250.00 balance=0.00',
      ],
    });
  });

  it('new hire: a ramped quota and a recoverable draw', () => {
    expect(run('new-hire-ramp-draw.json')).toEqual({
      // Hired 15 Feb: January is skipped. Feb Q 25000: 0.05×12000 = 600, draw 3000, owes 2400.
      // Mar Q 50000: 2300, draw 3000, owes 3100. Apr Q 75000: 3750 + 0.08×20000 = 5350,
      // recovers min(3100, 2350): pays 3000, owes 750. May Q 100000: 5000 + 2400 = 7400,
      // recovers 750, pays 6650.
      'huang.jie': [
        '2027-02 rev=600.00 earnings=600.00 payout=3000.00 balance=2400.00',
        '2027-03 rev=2300.00 earnings=2300.00 payout=3000.00 balance=3100.00',
        '2027-04 rev=5350.00 earnings=5350.00 payout=3000.00 balance=750.00',
        '2027-05 rev=7400.00 earnings=7400.00 payout=6650.00 balance=0.00',
      ],
    });
  });

  it('certified SPIF: pays only once the certification is held, capped', () => {
    expect(run('certified-spif.json')).toEqual({
      // Certified 28 Mar: Mar 4 units × 800 = 3200; Apr 12 × 800 = 9600 capped at 8000.
      'xu.hao': [
        '2027-03 rev=2560.00 x9=3200.00 earnings=5760.00 payout=5760.00 balance=0.00',
        '2027-04 rev=0.00 x9=8000.00 earnings=8000.00 payout=8000.00 balance=0.00',
      ],
      // Certified 2 Apr: March's 3 units pay nothing; April's half-credited 2 units pay 800.
      'lin.jing': [
        '2027-03 rev=2040.00 x9=0.00 earnings=2040.00 payout=2040.00 balance=0.00',
        '2027-04 rev=0.00 x9=800.00 earnings=800.00 payout=800.00 balance=0.00',
      ],
    });
  });
});
