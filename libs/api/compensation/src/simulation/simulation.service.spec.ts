import { SIMULATION_LIMITS } from './simulation-limits';
import { SimulationService } from './simulation.service';

const doc = {
  plan: {
    id: 'p',
    currency: 'CNY',
    period: 'month',
    components: [{ id: 'r', type: 'rate', metric: 'revenue', rate: '0.05' }],
  },
  periods: ['2027-01'],
  payees: [{ id: 'a' }],
  credits: [{ id: 'c', payee: 'a', date: '2027-01-02', metric: 'revenue', amount: '1000' }],
};
const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));
const parsed = (json: Uint8Array) => JSON.parse(Buffer.from(json).toString('utf8'));

describe('SimulationService without a worker bundle (tests from source)', () => {
  const service = new SimulationService(null);

  it('simulates inline and answers the output as JSON bytes', async () => {
    expect(parsed(await service.simulate(bytes(doc))).statements[0].earnings).toBe('50.00');
  });

  it('turns each engine problem into a field error named by its JSON path', async () => {
    const bad = { ...doc, credits: [{ ...doc.credits[0], amount: 'lots' }] };
    await expect(service.simulate(bytes(bad))).rejects.toMatchObject({
      status: 400,
      errors: [
        {
          field: 'credits[0].amount',
          reason: '"lots" is not a decimal number',
          code: 'plan_decimal',
          params: { value: '"lots"' },
        },
      ],
    });
  });

  it('refuses text that is not UTF-8 or not JSON', async () => {
    await expect(service.simulate(Buffer.from([0x7b, 0xff, 0x7d]))).rejects.toMatchObject({
      status: 400,
      errors: [{ field: '$', reason: expect.stringContaining('not valid JSON text') }],
    });
  });

  it('ignores a worker path that does not exist', async () => {
    const misconfigured = new SimulationService('/no/such/simulation-worker.js');
    expect(parsed(await misconfigured.simulate(bytes(doc))).statements).toHaveLength(1);
  });
});

describe('what one simulation may produce', () => {
  const payees = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
  const months = (n: number) => Array.from({ length: n }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);

  it('refuses, before building anything, a run over the statement limit, saying by how much', async () => {
    const service = new SimulationService(null, { ...SIMULATION_LIMITS, maxStatements: 100 });
    await expect(
      service.simulate(bytes({ ...doc, payees: payees(50), periods: months(3), credits: [] })),
    ).rejects.toMatchObject({
      status: 422,
      code: 'limit_exceeded',
      limit: 'statements',
      message: expect.stringMatching(/150 statements .*at most 100 .*1\.5 times the limit/),
    });
  });

  it('counts lines as statements × components and steps by the tier bands a line may reach', async () => {
    const tiered = {
      ...doc,
      plan: {
        ...doc.plan,
        components: [
          {
            id: 't',
            type: 'tiered',
            metric: 'revenue',
            basis: 'amount',
            mode: 'marginal',
            tiers: Array.from({ length: 10 }, (_, i) => ({
              upTo: i === 9 ? null : String((i + 1) * 100),
              rate: '0.01',
            })),
          },
          { id: 'r', type: 'rate', metric: 'revenue', rate: '0.05' },
        ],
      },
      payees: payees(10),
      credits: [],
    };
    const lines = new SimulationService(null, { ...SIMULATION_LIMITS, maxLines: 19 });
    await expect(lines.simulate(bytes(tiered))).rejects.toMatchObject({ status: 422, limit: 'lines' });
    const steps = new SimulationService(null, { ...SIMULATION_LIMITS, maxTraceSteps: 109 });
    await expect(steps.simulate(bytes(tiered))).rejects.toMatchObject({
      status: 422,
      limit: 'traceSteps',
      message: expect.stringContaining('110 calculation steps'),
    });
    const fits = new SimulationService(null, { ...SIMULATION_LIMITS, maxLines: 20, maxTraceSteps: 110 });
    expect(parsed(await fits.simulate(bytes(tiered))).statements).toHaveLength(10);
  });

  it('refuses an answer over the byte limit, naming its size', async () => {
    const service = new SimulationService(null, { ...SIMULATION_LIMITS, maxAnswerBytes: 200 });
    await expect(service.simulate(bytes(doc))).rejects.toMatchObject({
      status: 422,
      limit: 'answerBytes',
      message: expect.stringMatching(/The answer would be [\d.]+ MB; at most 0\.0 MB/),
    });
  });
});
