import { withoutPassThroughAncestors } from './enrolments.service';

const unit = (unitId: string, parentId: string | null, enrolled: number) => ({ unitId, parentId, enrolled });

describe('a manager’s learning report', () => {
  it('starts at the manager’s part of the tree, not at the company that only repeats its figures', () => {
    const rows = [unit('company', null, 7), unit('region', 'company', 7), unit('team', 'region', 7)];
    expect(withoutPassThroughAncestors(rows).map((u) => u.unitId)).toEqual(['team']);
  });

  it('keeps a unit whose figures come from more than one child', () => {
    const rows = [
      unit('company', null, 9),
      unit('region', 'company', 9),
      unit('team-a', 'region', 4),
      unit('team-b', 'region', 5),
    ];
    expect(withoutPassThroughAncestors(rows).map((u) => u.unitId)).toEqual(['region', 'team-a', 'team-b']);
  });

  it('keeps a unit with people of its own beside its one child', () => {
    const rows = [unit('team', null, 6), unit('squad', 'team', 2)];
    expect(withoutPassThroughAncestors(rows)).toEqual(rows);
    expect(withoutPassThroughAncestors([])).toEqual([]);
  });
});
