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

describe('SimulationService without a worker bundle (tests from source)', () => {
  const service = new SimulationService(null);

  it('simulates inline and answers the output as JSON text', async () => {
    expect(JSON.parse(await service.simulate(JSON.stringify(doc))).statements[0].earnings).toBe('50.00');
  });

  it('turns each engine problem into a field error named by its JSON path', async () => {
    const bad = { ...doc, credits: [{ ...doc.credits[0], amount: 'lots' }] };
    await expect(service.simulate(JSON.stringify(bad))).rejects.toMatchObject({
      status: 400,
      errors: [{ field: 'credits[0].amount', reason: '"lots" is not a decimal number' }],
    });
  });

  it('ignores a worker path that does not exist', async () => {
    const misconfigured = new SimulationService('/no/such/simulation-worker.js');
    expect(JSON.parse(await misconfigured.simulate(JSON.stringify(doc))).statements).toHaveLength(1);
  });
});
