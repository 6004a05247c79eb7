import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAt, listOf, listText, pathText, planProblems, setAt, withType } from './plan-document-edit';

const example = (
  JSON.parse(
    readFileSync(join(__dirname, '../../../../../../examples/commission/account-executive.json'), 'utf8'),
  ) as { plan: Record<string, unknown> }
).plan;

describe('plan document editing', () => {
  it('round-trips a document exactly: the JSON after an edit differs only where it was edited', () => {
    const before = JSON.stringify(example, null, 2);
    // Setting every field to what it already is changes nothing, key order included.
    const same = setAt(
      setAt(example, ['components', 0, 'tiers', 1, 'rate'], '0.05'),
      ['name'],
      example['name'],
    );
    expect(JSON.stringify(same, null, 2)).toBe(before);
    const edited = setAt(example, ['components', 0, 'tiers', 1, 'rate'], '0.06');
    expect(getAt(edited, ['components', 0, 'tiers', 1, 'rate'])).toBe('0.06');
    const diff = JSON.stringify(edited, null, 2)
      .split('\n')
      .filter((line, i) => line !== before.split('\n')[i]);
    expect(diff).toEqual(['          "rate": "0.06"']);
    // The original is untouched.
    expect(JSON.stringify(example, null, 2)).toBe(before);
  });

  it('removes a key or a list item with undefined, and adds a missing one at the end', () => {
    const withoutCap = setAt(example, ['cap'], undefined);
    expect('cap' in withoutCap).toBe(false);
    const withDraw = setAt(withoutCap, ['draw', 'amount'], '3000');
    expect(Object.keys(withDraw).at(-1)).toBe('draw');
    expect(withDraw['draw']).toEqual({ amount: '3000' });
    const oneTierLess = setAt(example, ['components', 0, 'tiers', 0], undefined);
    expect((getAt(oneTierLess, ['components', 0, 'tiers']) as unknown[]).length).toBe(3);
  });

  it('keeps the shared fields when a component changes kind', () => {
    const tiered = (example['components'] as Record<string, unknown>[])[0] as Record<string, unknown>;
    const bonus = withType(tiered, 'bonus');
    expect(bonus).toMatchObject({ id: 'rev', type: 'bonus', metric: 'revenue', gate: tiered['gate'] });
    expect('tiers' in bonus).toBe(false);
  });

  it('reads lists as typed, and names paths as the engine does', () => {
    expect(listOf(' east, north ，west,')).toEqual(['east', 'north', 'west']);
    expect(listText(['east', 'north'])).toBe('east, north');
    expect(listText('X')).toBe('X');
    expect(pathText(['components', 0, 'tiers', 1, 'rate'])).toBe('plan.components[0].tiers[1].rate');
  });

  it("finds the engine's problems at the paths the form shows them", () => {
    expect(planProblems(example)).toEqual([]);
    const broken = setAt(example, ['components', 0, 'tiers', 1, 'rate'], 'five percent');
    expect(planProblems(broken).map((p) => p.path)).toEqual(['plan.components[0].tiers[1].rate']);
  });
});
