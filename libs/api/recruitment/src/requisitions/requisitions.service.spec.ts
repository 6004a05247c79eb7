import type { AuditService, Principal, TransactionRunner, Tx } from '@cadre/api/core';
import type { PlacementRules } from '@cadre/api/identity';
import type { RoleProfilesService } from '@cadre/api/talent';
import type { RecruitmentAccess } from '../access/recruitment-access';
import type { RequisitionsRepository } from './requisitions.repository';
import { RequisitionsService } from './requisitions.service';

const hr = { userId: 'u-hr', roles: ['hr'], permissions: [] } as unknown as Principal;
const request = {
  title: 'Account Executive',
  roleProfileId: '00000000-0000-4000-8000-000000000001',
  orgUnitId: '00000000-0000-4000-8000-000000000002',
  hiringManagerId: '00000000-0000-4000-8000-000000000003',
  headcount: 1,
};

function service(currentVersionId: RoleProfilesService['currentVersionId']) {
  const tx = {} as Tx;
  return new RequisitionsService(
    { insert: jest.fn() } as unknown as RequisitionsRepository,
    { problems: async () => [] } as unknown as PlacementRules,
    { currentVersionId } as unknown as RoleProfilesService,
    {} as RecruitmentAccess,
    { run: (work: (t: Tx) => Promise<unknown>) => work(tx) } as unknown as TransactionRunner,
    { record: jest.fn() } as unknown as AuditService,
  );
}

describe('RequisitionsService.create', () => {
  it('says which field is wrong when no role profile has the id', async () => {
    await expect(service(async () => null).create(hr, request)).rejects.toMatchObject({
      status: 400,
      errors: [{ field: 'roleProfileId', reason: 'no role profile has this id', code: 'no_such_record' }],
    });
  });

  it('lets an unexpected failure surface as itself, not as "no role profile has this id"', async () => {
    const failure = new Error('connection reset by peer');
    await expect(
      service(async () => {
        throw failure;
      }).create(hr, request),
    ).rejects.toBe(failure);
  });
});
