import { Injectable } from '@nestjs/common';
import {
  ADVISORY_LOCKS,
  AuditService,
  ConflictError,
  InvalidInputError,
  lockForTransaction,
  NotFoundError,
  TransactionRunner,
  type Tx,
} from '@cadre/api/core';
import type { CreateOrgUnitRequest, OrgUnitDto, UpdateOrgUnitRequest } from '@cadre/shared/contracts';
import { EmployeesRepository } from '../employees/employees.repository';
import { OrgUnitsRepository } from './org-units.repository';

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly units: OrgUnitsRepository,
    private readonly employees: EmployeesRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<OrgUnitDto[]> {
    return this.units.listViews();
  }

  async get(id: string): Promise<OrgUnitDto> {
    const unit = await this.units.findView(id);
    if (!unit) throw new NotFoundError('Org unit', id);
    return unit;
  }

  async create(request: CreateOrgUnitRequest): Promise<OrgUnitDto> {
    const id = await this.transactions.run(async (tx) => {
      if (!(await this.units.findById(request.parentId, tx)))
        throw InvalidInputError.field('parentId', 'no org unit has this id', 'no_such_record');
      await this.assertManager(tx, request.managerId ?? null);
      await this.assertUniqueName(tx, request.parentId, request.name);
      const values = {
        name: request.name,
        kind: request.kind,
        parentId: request.parentId,
        managerId: request.managerId ?? null,
      };
      const unitId = await this.units.insert(tx, values);
      await this.audit.record(tx, {
        action: 'org_unit.create',
        entityType: 'org_unit',
        entityId: unitId,
        after: values,
      });
      return unitId;
    });
    return this.get(id);
  }

  async update(id: string, changes: UpdateOrgUnitRequest): Promise<OrgUnitDto> {
    await this.transactions.run(async (tx) => {
      // Moves take turns: two moves checked at once (U1 under U2, U2 under U1) would each
      // pass the subtree check and together close a loop.
      if (changes.parentId !== undefined) await lockForTransaction(tx, ADVISORY_LOCKS.orgTree);
      const before = await this.units.findById(id, tx);
      if (!before) throw new NotFoundError('Org unit', id);
      if (changes.parentId !== undefined && changes.parentId !== before.parentId) {
        if (before.parentId === null)
          throw InvalidInputError.field('parentId', 'the root of the organisation cannot be moved', 'cycle');
        if (!(await this.units.findById(changes.parentId, tx)))
          throw InvalidInputError.field('parentId', 'no org unit has this id', 'no_such_record');
        if (await this.units.isInSubtree(tx, id, changes.parentId)) {
          throw InvalidInputError.field(
            'parentId',
            'a unit cannot move into itself or one of its own sub-units',
          );
        }
      }
      if (changes.managerId !== undefined) await this.assertManager(tx, changes.managerId);
      if (changes.name !== undefined || changes.parentId !== undefined) {
        await this.assertUniqueName(tx, changes.parentId ?? before.parentId, changes.name ?? before.name, id);
      }
      await this.units.update(tx, id, changes);
      const after = await this.units.findById(id, tx);
      const action =
        changes.parentId !== undefined && changes.parentId !== before.parentId
          ? 'org_unit.move'
          : changes.managerId !== undefined
            ? 'org_unit.assign_manager'
            : 'org_unit.update';
      await this.audit.record(tx, {
        action,
        entityType: 'org_unit',
        entityId: id,
        before: snapshot(before),
        after: after && snapshot(after),
      });
    });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const unit = await this.units.findById(id, tx);
      if (!unit) throw new NotFoundError('Org unit', id);
      const { children, members } = await this.units.countChildrenAndMembers(tx, id);
      if (unit.parentId === null || children > 0 || members > 0) {
        throw new ConflictError(
          unit.parentId === null
            ? 'The root of the organisation cannot be removed'
            : `Move its ${children} sub-units and ${members} employees first`,
          'org_unit_not_empty',
        );
      }
      await this.units.delete(tx, id);
      await this.audit.record(tx, {
        action: 'org_unit.delete',
        entityType: 'org_unit',
        entityId: id,
        before: snapshot(unit),
      });
    });
  }

  private async assertManager(tx: Tx, managerId: string | null): Promise<void> {
    if (!managerId) return;
    const manager = await this.employees.findById(managerId, tx);
    if (!manager) throw InvalidInputError.field('managerId', 'no employee has this id', 'no_such_record');
    if (manager.status === 'left')
      throw InvalidInputError.field('managerId', 'this person has left the company', 'inactive_person');
  }

  private async assertUniqueName(
    tx: Tx,
    parentId: string | null,
    name: string,
    exceptId?: string,
  ): Promise<void> {
    if (await this.units.siblingNamed(tx, parentId, name, exceptId)) {
      throw new ConflictError(
        `A unit named "${name}" already exists at that place in the organisation`,
        'name_taken',
      );
    }
  }
}

function snapshot(unit: { name: string; kind: string; parentId: string | null; managerId: string | null }) {
  return { name: unit.name, kind: unit.kind, parentId: unit.parentId, managerId: unit.managerId };
}
