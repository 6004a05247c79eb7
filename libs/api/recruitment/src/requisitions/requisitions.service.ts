import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { PlacementRules } from '@cadre/api/identity';
import { RoleProfilesService } from '@cadre/api/talent';
import {
  REQUISITION_STATUS_CHANGES,
  type CreateRequisitionRequest,
  type RequisitionDto,
  type RequisitionStatus,
  type UpdateRequisitionRequest,
  type FieldError,
} from '@cadre/shared/contracts';
import { RecruitmentAccess } from '../access/recruitment-access';
import { RequisitionsRepository } from './requisitions.repository';

@Injectable()
export class RequisitionsService {
  constructor(
    private readonly requisitions: RequisitionsRepository,
    private readonly placement: PlacementRules,
    private readonly profiles: RoleProfilesService,
    private readonly access: RecruitmentAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(principal: Principal, status?: RequisitionStatus): Promise<RequisitionDto[]> {
    return this.requisitions.views(this.access.requisitionScope(principal), { status });
  }

  async get(principal: Principal, id: string, tx?: Tx): Promise<RequisitionDto> {
    const found = await this.view(id, tx);
    this.access.assertCanSeeRequisition(principal, found);
    return found;
  }

  /** Without an access check: for callers that checked the caller's part already. */
  async view(id: string, tx?: Tx): Promise<RequisitionDto> {
    const [found] = await this.requisitions.views({ kind: 'all' }, { id }, tx);
    if (!found) throw new NotFoundError('Requisition', id);
    return found;
  }

  async create(principal: Principal, request: CreateRequisitionRequest): Promise<RequisitionDto> {
    const id = await this.transactions.run(async (tx) => {
      const versionId = await this.profiles.currentVersionId(tx, request.roleProfileId);
      const problems: FieldError[] = [];
      if (!versionId)
        problems.push({
          field: 'roleProfileId',
          reason: 'no role profile has this id',
          code: 'no_such_record',
        });
      await this.checkPlacement(tx, request.orgUnitId, request.hiringManagerId, problems);
      if (problems.length || !versionId) throw new InvalidInputError(problems);
      const status = request.status ?? 'draft';
      const values = {
        title: request.title,
        status,
        roleProfileId: request.roleProfileId,
        roleProfileVersionId: versionId,
        orgUnitId: request.orgUnitId,
        hiringManagerId: request.hiringManagerId,
        headcount: request.headcount,
        openedAt: status === 'open' ? new Date() : null,
        createdByUserId: principal.userId,
      };
      const created = await this.requisitions.insert(tx, values);
      await this.audit.record(tx, {
        action: 'requisition.create',
        entityType: 'requisition',
        entityId: created,
        after: values,
      });
      return created;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, changes: UpdateRequisitionRequest): Promise<RequisitionDto> {
    await this.transactions.run(async (tx) => {
      const before = await this.requisitions.findForUpdate(tx, id);
      if (!before) throw new NotFoundError('Requisition', id);
      if (
        changes.status &&
        changes.status !== before.status &&
        !REQUISITION_STATUS_CHANGES[before.status].includes(changes.status)
      ) {
        throw new ConflictError(
          `A ${before.status.replace('_', ' ')} requisition cannot become ${changes.status.replace('_', ' ')}`,
          'invalid_status_change',
        );
      }
      if (changes.headcount !== undefined && changes.headcount < before.filled) {
        throw InvalidInputError.field(
          'headcount',
          `${before.filled} already hired; headcount cannot be lower`,
        );
      }
      const problems: FieldError[] = [];
      if (changes.orgUnitId || changes.hiringManagerId) {
        await this.checkPlacement(
          tx,
          changes.orgUnitId ?? before.orgUnitId,
          changes.hiringManagerId ?? before.hiringManagerId,
          problems,
        );
      }
      if (problems.length) throw new InvalidInputError(problems);
      const status = changes.status ?? before.status;
      const values = {
        ...changes,
        ...(status === 'open' && !before.openedAt ? { openedAt: new Date() } : {}),
        ...((status === 'filled' || status === 'cancelled') && before.status !== status
          ? { closedAt: new Date() }
          : {}),
      };
      await this.requisitions.update(tx, id, values);
      await this.audit.record(tx, {
        action:
          changes.status && changes.status !== before.status
            ? `requisition.${changes.status}`
            : 'requisition.update',
        entityType: 'requisition',
        entityId: id,
        before: {
          title: before.title,
          status: before.status,
          headcount: before.headcount,
          hiringManagerId: before.hiringManagerId,
          orgUnitId: before.orgUnitId,
        },
        after: values,
      });
    });
    return this.get(principal, id);
  }

  /** Identity's placement rule: the unit exists; the hiring manager is active and can sign in. */
  private async checkPlacement(
    tx: Tx,
    orgUnitId: string,
    hiringManagerId: string,
    problems: FieldError[],
  ): Promise<void> {
    problems.push(
      ...(await this.placement.problems(tx, {
        orgUnitId,
        managerId: hiringManagerId,
        managerField: 'hiringManagerId',
        managerRule: 'active_with_account',
      })),
    );
  }
}
