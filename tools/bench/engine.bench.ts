/**
 * npm run bench:engine
 *
 * 10,000 payees, 12 monthly periods, 1,000,000 credits, a realistic plan (marginal tiers,
 * a bonus, a filtered SPIF, a margin gate, a recoverable draw). Prints wall time, credits
 * per second and peak memory of the engine, next to a baseline measured in the same
 * process: summing the same credits by payee and period with the same decimal type.
 * Options: --payees N --credits N --runs N (defaults 10000, 1000000, 3).
 */
import {
  Decimal,
  evaluate,
  formatProblem,
  simulate,
  TotalsAccumulator,
  validateDocument,
} from '@cadre/compensation/engine';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PAYEES = option('payees', 10_000);
const CREDITS = option('credits', 1_000_000);
const RUNS = option('runs', 3);
const PERIODS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);

/** A deterministic generator, so every run measures the same document. */
function random(seed: number) {
  // mulberry32: 32-bit integer arithmetic, well spread, reproducible.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generate() {
  const next = random(42);
  const payees = Array.from({ length: PAYEES }, (_, i) => ({
    id: `rep-${i}`,
    hireDate: i % 10 === 0 ? `2027-0${1 + (i % 6)}-15` : '2024-03-01',
    quota: { revenue: String(60_000 + (i % 20) * 5_000), margin: String(18_000 + (i % 20) * 1_500) },
    certifications: i % 3 === 0 ? [{ id: 'cert-x9', date: '2027-04-30' }] : [],
  }));
  const metrics = ['revenue', 'revenue', 'revenue', 'margin', 'units'];
  const products = ['X9', 'core', 'service'];
  const regions = ['east', 'west', 'north'];
  const credits = new Array(CREDITS);
  for (let i = 0; i < CREDITS; i++) {
    const metric = metrics[Math.floor(next() * metrics.length)] as string;
    const month = PERIODS[Math.floor(next() * 12)] as string;
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const cents = Math.floor(next() * 2_000_000) - (next() < 0.02 ? 2_500_000 : 0);
    credits[i] = {
      id: `c-${i}`,
      payee: `rep-${Math.floor(next() * PAYEES)}`,
      date: `${month}-${day}`,
      metric,
      amount:
        metric === 'units'
          ? String(1 + Math.floor(next() * 5))
          : `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, '0')}`,
      ...(next() < 0.1 ? { share: '0.5' } : {}),
      attributes: { product: products[Math.floor(next() * 3)], region: regions[Math.floor(next() * 3)] },
    };
  }
  return {
    plan: {
      id: 'bench',
      currency: 'CNY',
      period: 'month',
      components: [
        {
          id: 'rev',
          type: 'tiered',
          metric: 'revenue',
          basis: 'attainment',
          mode: 'marginal',
          tiers: [
            { upTo: '0.5', rate: '0.02' },
            { upTo: '1.0', rate: '0.05' },
            { upTo: '1.5', rate: '0.08' },
            { upTo: null, rate: '0.1' },
          ],
          gate: { metric: 'margin', minAttainment: '0.6' },
        },
        { id: 'club', type: 'bonus', metric: 'revenue', minAttainment: '1.0', amount: '3000' },
        {
          id: 'x9',
          type: 'rate',
          metric: 'units',
          rate: '800',
          filter: { product: 'X9' },
          requires: ['cert-x9'],
          cap: '8000',
        },
      ],
      ramp: ['0.5', '0.75'],
      draw: { amount: '2000', recoverable: true },
    },
    periods: PERIODS,
    payees,
    credits,
  };
}

type Doc = ReturnType<typeof generate>;

/** The baseline: the same credits summed by payee and period with the same decimal type. */
function baseline(doc: Doc): number {
  const sums = new Map<string, Decimal>();
  for (const c of doc.credits as { payee: string; date: string; amount: string; share?: string }[]) {
    const value = c.share ? new Decimal(c.amount).times(c.share) : new Decimal(c.amount);
    const key = `${c.payee}|${c.date.slice(0, 7)}`;
    const current = sums.get(key);
    sums.set(key, current ? current.plus(value) : value);
  }
  return sums.size;
}

function engine(doc: Doc): number {
  const result = simulate(doc);
  if (!result.ok) throw new Error(result.problems.slice(0, 5).map(formatProblem).join('\n'));
  return result.output.statements.length;
}

function measure(name: string, work: () => number): { seconds: number; result: number; peakMiB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const result = work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMiB = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20;
  return { seconds, result, peakMiB: Math.max(0, peakMiB) };
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const started = Date.now();
const doc = generate();
console.log(
  `document: ${PAYEES} payees, ${PERIODS.length} periods, ${CREDITS} credits, ${doc.plan.components.length} components (generated in ${((Date.now() - started) / 1000).toFixed(1)} s; heap ${mib(process.memoryUsage().heapUsed)} MiB)`,
);
console.log(`node ${process.version}, ${process.arch}; ${RUNS} interleaved runs of each after one warm-up`);

// Warm up the JIT on both paths.
const rssWithDocument = process.resourceUsage().maxRSS * 1024;
const firstBaseline = measure('warm-up baseline', () => baseline(doc));
const firstEngine = measure('warm-up engine', () => engine(doc));

// Interleaved, so drift in the machine's speed hits both alike; best and median reported.
const baseRuns: ReturnType<typeof measure>[] = [];
const engineRuns: ReturnType<typeof measure>[] = [];
for (let r = 0; r < RUNS; r++) {
  baseRuns.push(measure('baseline', () => baseline(doc)));
  engineRuns.push(measure('engine', () => engine(doc)));
}
const best = (runs: ReturnType<typeof measure>[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const median = (runs: ReturnType<typeof measure>[]) =>
  [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)] as ReturnType<typeof measure>;
const base = best(baseRuns);
const eng = best(engineRuns);

// Where the engine's time goes: validation with totals (step 1), then evaluation (step 2).
{
  (globalThis as { gc?: () => void }).gc?.();
  let accumulator: TotalsAccumulator | null = null;
  const t0 = process.hrtime.bigint();
  const validated = validateDocument(doc, {
    creditSink: (plan, periods, payees) => {
      const created = new TotalsAccumulator(plan, periods, payees.length);
      accumulator = created;
      return (credit) => created.add(credit);
    },
  });
  const t1 = process.hrtime.bigint();
  if (validated.ok && accumulator)
    evaluate(
      validated.input.plan,
      validated.input.periods,
      validated.input.payees,
      (accumulator as TotalsAccumulator).table,
    );
  const t2 = process.hrtime.bigint();
  console.log(
    `steps      validate + totals ${(Number(t1 - t0) / 1e9).toFixed(3)} s, evaluate ${(Number(t2 - t1) / 1e9).toFixed(3)} s`,
  );
}
const line = (name: string, r: { seconds: number; result: number }) =>
  `${name.padEnd(10)} ${r.seconds.toFixed(3).padStart(8)} s  ${Math.round(CREDITS / r.seconds)
    .toLocaleString('en')
    .padStart(
      12,
    )} credits/s  (${r.result.toLocaleString('en')} ${name === 'engine' ? 'statements' : 'payee-periods'})`;
console.log(line('baseline', base));
console.log(line('engine', eng));
console.log(
  `ratio      ${(eng.seconds / base.seconds).toFixed(2)}x the baseline, best against best; median ${(median(engineRuns).seconds / median(baseRuns).seconds).toFixed(2)}x (target: within 2x, under 10 s)`,
);
console.log(
  `memory     peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB for the whole process; ${mib(rssWithDocument)} MiB with just the document; ` +
    `first runs raised it by ${firstBaseline.peakMiB.toFixed(0)} MiB (baseline) and ${firstEngine.peakMiB.toFixed(0)} MiB (engine, statements included)`,
);
