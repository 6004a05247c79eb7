import { Injectable } from '@nestjs/common';
import type { Tx } from '@cadre/api/core';
import type { FieldError } from '@cadre/shared/contracts';
import { OrgUnitsRepository } from '../org-units/org-units.repository';
import { EmployeesRepository } from './employees.repository';

/** Who may be placed above others: anyone still with the company, or only people who can act in Cadre. */
export type ManagerRule = 'not_left' | 'active_with_account';

export interface Placement {
  orgUnitId: string;
  managerId: string | null;
  /** The field the manager came in, for the error: `managerId` unless named otherwise. */
  managerField?: string;
  managerRule?: ManagerRule;
}

/**
 * Where a person may sit: the unit exists and their manager is someone who can manage.
 * Identity's rule, used by its own services and, through them or directly, by other
 * contexts placing someone (a requisition's unit and hiring manager), always in the
 * caller's transaction.
 */
@Injectable()
export class PlacementRules {
  constructor(
    private readonly units: OrgUnitsRepository,
    private readonly employees: EmployeesRepository,
  ) {}

  /** Every problem with the placement, as field errors (empty when it is fine). */
  async problems(tx: Tx, placement: Placement): Promise<FieldError[]> {
    const problems: FieldError[] = [];
    if (!(await this.units.findById(placement.orgUnitId, tx)))
      problems.push({ field: 'orgUnitId', reason: 'no org unit has this id', code: 'no_such_record' });
    if (!placement.managerId) return problems;
    const field = placement.managerField ?? 'managerId';
    const manager = await this.employees.findById(placement.managerId, tx);
    if (!manager) {
      problems.push({ field, reason: 'no employee has this id', code: 'no_such_record' });
    } else if ((placement.managerRule ?? 'not_left') === 'not_left') {
      if (manager.status === 'left')
        problems.push({ field, reason: 'this person has left the company', code: 'inactive_person' });
    } else if (manager.status !== 'active') {
      problems.push({ field, reason: 'this person is not active', code: 'inactive_person' });
    } else if (!manager.userId) {
      problems.push({ field, reason: 'this person has no user account to review candidates with' });
    }
    return problems;
  }
}
