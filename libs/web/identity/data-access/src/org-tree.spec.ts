import type { OrgUnitDto } from '@cadre/shared/contracts';
import { buildOrgTree, flattenOrgTree, subtreeIds } from './org-tree';

const unit = (id: string, parentId: string | null, name: string, headcount = 0): OrgUnitDto => ({
  id,
  parentId,
  name,
  kind: 'team',
  managerId: null,
  managerName: null,
  headcount,
});

describe('org tree', () => {
  const units = [
    unit('west', 'nat', 'West', 2),
    unit('nat', 'co', 'National', 1),
    unit('co', null, 'Company', 3),
    unit('east', 'nat', 'East', 5),
    unit('ka', 'east', 'Key Accounts', 4),
  ];

  it('nests units under their parents, sorts siblings and totals headcount', () => {
    const [root] = buildOrgTree(units);
    expect(root.id).toBe('co');
    expect(root.totalHeadcount).toBe(15);
    const national = root.children[0];
    expect(national.children.map((c) => c.name)).toEqual(['East', 'West']);
    expect(national.children[0].totalHeadcount).toBe(9);
  });

  it('flattens depth-first with depths for indentation', () => {
    expect(flattenOrgTree(buildOrgTree(units)).map((n) => `${n.depth}:${n.id}`)).toEqual([
      '0:co',
      '1:nat',
      '2:east',
      '3:ka',
      '2:west',
    ]);
  });

  it('collects a subtree, which a move must avoid', () => {
    const national = buildOrgTree(units)[0].children[0];
    expect([...subtreeIds(national)].sort()).toEqual(['east', 'ka', 'nat', 'west']);
  });
});
