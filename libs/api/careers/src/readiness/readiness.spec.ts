import Decimal from 'decimal.js';
import fc from 'fast-check';
import { monthsBetween, readiness, type LevelRequirements, type ReadinessFacts } from './readiness';

const senior: LevelRequirements = {
  competencies: [
    { competencyId: 'negotiation', target: 4, weight: '2', mustHave: true },
    { competencyId: 'prospecting', target: 4, weight: '1', mustHave: false },
  ],
  certifications: ['COMP-101'],
  minMonths: 12,
  results: [{ metric: 'revenue', minAttainment: '1.00', quarters: 2, ofQuarters: 3 }],
};

const quarters = (...values: (string | null)[]) =>
  values.map((attainment, i) => ({ period: `2026-Q${3 - i}`, attainment }));

describe('readiness', () => {
  it('shows every part: weighted competencies, certifications held, months, quarters met', () => {
    const r = readiness(senior, {
      evidence: new Map([
        ['negotiation', 3],
        ['prospecting', 4],
      ]),
      certifications: new Set(['COMP-101']),
      monthsInLevel: 6,
      attainment: new Map([['revenue', quarters('1.10', '0.90', '1.00', '1.50')]]),
    });
    // Competencies (2 × 3/4 + 1 × 1) / 3 = 0.8333…; certifications 1; time 6/12; results met.
    expect(r.competencies.score.toFixed(4)).toBe('0.8333');
    expect(r.competencies.met).toBe(false);
    expect(r.certifications.met).toBe(true);
    expect(r.time.score.toString()).toBe('0.5');
    // The fourth quarter is outside the window of three; 1.00 counts as reached.
    expect(r.results.thresholds[0]?.window.map((q) => q.met)).toEqual([true, false, true]);
    expect(r.results.met).toBe(true);
    expect(r.partsMet).toBe(2);
    expect(r.percent).toBe('83.3');
  });

  it('scores a part with nothing asked as met, and a person with no evidence as zero on competencies', () => {
    const r = readiness(
      { competencies: senior.competencies, certifications: [], minMonths: 0, results: [] },
      { evidence: new Map(), certifications: new Set(), monthsInLevel: 0, attainment: new Map() },
    );
    expect(r.competencies.score.toString()).toBe('0');
    expect(r.competencies.items.every((i) => i.level === null)).toBe(true);
    expect([r.certifications.met, r.time.met, r.results.met]).toEqual([true, true, true]);
    expect(r.percent).toBe('75.0');
  });

  it('reads a quarter without a target as not met', () => {
    const r = readiness(senior, {
      evidence: new Map(),
      certifications: new Set(),
      monthsInLevel: 0,
      attainment: new Map([['revenue', quarters(null, '2.00', null)]]),
    });
    expect(r.results.thresholds[0]?.quartersMet).toBe(1);
    expect(r.results.score.toString()).toBe('0.5');
  });

  const requirements = fc.record({
    competencies: fc.array(
      fc.record({
        competencyId: fc.constantFrom('a', 'b', 'c', 'd'),
        target: fc.integer({ min: 1, max: 5 }),
        weight: fc.integer({ min: 1, max: 9 }).map(String),
        mustHave: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    certifications: fc.uniqueArray(fc.constantFrom('X', 'Y', 'Z'), { maxLength: 3 }),
    minMonths: fc.integer({ min: 0, max: 36 }),
    results: fc.array(
      fc
        .record({
          metric: fc.constantFrom('revenue', 'margin'),
          minAttainment: fc.constantFrom('0.80', '1.00', '1.20'),
          ofQuarters: fc.integer({ min: 1, max: 4 }),
        })
        .chain((t) => fc.integer({ min: 1, max: t.ofQuarters }).map((quarters) => ({ ...t, quarters }))),
      { maxLength: 2 },
    ),
  });
  const attainmentList = fc.array(
    fc.option(fc.integer({ min: 0, max: 200 }).map((n) => (n / 100).toFixed(2))),
    { minLength: 4, maxLength: 4 },
  );
  const facts = fc.record({
    evidence: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 1, max: 5 })),
    certifications: fc.uniqueArray(fc.constantFrom('X', 'Y', 'Z')),
    monthsInLevel: fc.integer({ min: 0, max: 60 }),
    revenue: attainmentList,
    margin: attainmentList,
  });
  const toFacts = (f: {
    evidence: Record<string, number>;
    certifications: string[];
    monthsInLevel: number;
    revenue: (string | null)[];
    margin: (string | null)[];
  }): ReadinessFacts => ({
    evidence: new Map(Object.entries(f.evidence)),
    certifications: new Set(f.certifications),
    monthsInLevel: f.monthsInLevel,
    attainment: new Map([
      ['revenue', quarters(...f.revenue)],
      ['margin', quarters(...f.margin)],
    ]),
  });

  it('gives 100% with four parts met to whoever meets every requirement', () => {
    fc.assert(
      fc.property(requirements, (req) => {
        const r = readiness(req, {
          evidence: new Map(req.competencies.map((c) => [c.competencyId, 5])),
          certifications: new Set(req.certifications),
          monthsInLevel: req.minMonths,
          attainment: new Map([
            ['revenue', quarters('1.20', '1.20', '1.20', '1.20')],
            ['margin', quarters('1.20', '1.20', '1.20', '1.20')],
          ]),
        });
        expect(r.percent).toBe('100.0');
        expect(r.partsMet).toBe(4);
      }),
    );
  });

  it('never lowers readiness when any evidence rises', () => {
    fc.assert(
      fc.property(
        requirements,
        facts,
        fc.constantFrom('evidence', 'certification', 'months', 'attainment'),
        fc.nat(3),
        (req, f, what, pick) => {
          const before = toFacts(f);
          const raised: Parameters<typeof toFacts>[0] = structuredClone(f);
          if (what === 'evidence') {
            const id = ['a', 'b', 'c', 'd'][pick] ?? 'a';
            raised.evidence[id] = Math.min(5, (raised.evidence[id] ?? 0) + 1);
          } else if (what === 'certification')
            raised.certifications = [...new Set([...raised.certifications, 'XYZ'[pick % 3] ?? 'X'])];
          else if (what === 'months') raised.monthsInLevel += 1 + pick;
          else raised.revenue[pick] = new Decimal(raised.revenue[pick] ?? '0').plus('0.25').toFixed(2);
          const a = readiness(req, before);
          const b = readiness(req, toFacts(raised));
          expect(new Decimal(b.percent).gte(a.percent)).toBe(true);
          expect(b.partsMet).toBeGreaterThanOrEqual(a.partsMet);
        },
      ),
    );
  });
});

describe('monthsBetween', () => {
  it('counts a month once its day is reached', () => {
    expect(monthsBetween('2025-11-15', '2026-11-14')).toBe(11);
    expect(monthsBetween('2025-11-15', '2026-11-15')).toBe(12);
    expect(monthsBetween('2026-11-20', '2026-11-29')).toBe(0);
    expect(monthsBetween('2026-12-01', '2026-11-29')).toBe(0);
  });
});
