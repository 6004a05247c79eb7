import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

function cli(args: string[], input?: string) {
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/commission-cli/src/main.ts', ...args],
    { cwd: ROOT, input, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('commission CLI', () => {
  it('simulates a file and prints the output JSON and nothing else', () => {
    const { status, stdout, stderr } = cli(['simulate', 'examples/commission/sdr-meetings.json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const output = JSON.parse(stdout) as { statements: { payee: string; earnings: string }[] };
    expect(output.statements.map((s) => `${s.payee} ${s.earnings}`)).toEqual([
      'bai.lu 5100.00',
      'bai.lu 8280.00',
      'tom.becker 1500.00',
      'tom.becker 1825.00',
    ]);
  });

  it('reads standard input for "-"', () => {
    const doc = {
      plan: {
        id: 'p',
        currency: 'JPY',
        period: 'month',
        components: [{ id: 'r', type: 'rate', metric: 'revenue', rate: '0.05' }],
      },
      periods: ['2027-01'],
      payees: [{ id: 'a' }],
      credits: [{ id: 'c', payee: 'a', date: '2027-01-02', metric: 'revenue', amount: '12345' }],
    };
    const { status, stdout } = cli(['simulate', '-'], JSON.stringify(doc));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).statements[0].earnings).toBe('617');
  });

  it('exits 2 with one line per problem on stderr, and prints no statements', () => {
    const doc = {
      plan: {
        id: 'p',
        currency: 'CNY',
        period: 'month',
        components: [{ id: 'r', type: 'rate', metric: 'revenue', rate: '0.05' }],
      },
      periods: ['2027-01'],
      payees: [],
      credits: [{ id: 'c', payee: 'ghost', date: '2027-01-02', metric: 'revenue', amount: '12x' }],
    };
    const { status, stdout, stderr } = cli(['simulate', '-'], JSON.stringify(doc));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'credits[0].payee: unknown payee "ghost"',
      'credits[0].amount: "12x" is not a decimal number',
    ]);
  });

  it('exits 2 on text that is not JSON', () => {
    const { status, stderr } = cli(['validate', '-'], '{ nope');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^\$: not valid JSON/);
  });

  it('validates without simulating', () => {
    const { status, stdout } = cli(['validate', 'examples/commission/account-executive.json']);
    expect(status).toBe(0);
    expect(stdout).toBe('valid: plan "ae-2027", 2 components, 3 periods, 2 payees, 12 credits\n');
  });

  it('explains statements in words', () => {
    const { status, stdout } = cli(['simulate', 'examples/commission/certified-spif.json', '--explain']);
    expect(status).toBe(0);
    expect(stdout).toContain('Statement for lin.jing, 2027-03 (CNY)');
    expect(stdout).toContain('pays 0: certification cert-x9-product not held by 2027-03-31');
  });

  it('exits 1 with usage for a wrong call or a missing file', () => {
    expect(cli(['simulate']).status).toBe(1);
    expect(cli(['frobnicate', 'x.json']).stderr).toMatch(/^usage:/);
    expect(cli(['simulate', 'no/such/file.json']).stderr).toMatch(/^cannot read no\/such\/file.json/);
  });
});
