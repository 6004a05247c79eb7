import { Injectable } from '@nestjs/common';
import type { Principal, Tx } from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import { DevelopmentNeedsRepository } from './development-needs.repository';

export interface NewDevelopmentNeed {
  competencyId: string;
  currentLevel: string;
  targetLevel: number;
  gap: string;
}

/** An employee's development needs: what onboarding and mentoring should work on. */
@Injectable()
export class DevelopmentNeedsService {
  constructor(
    private readonly needs: DevelopmentNeedsRepository,
    private readonly access: EmployeeAccess,
  ) {}

  /** Records needs inside the caller's transaction (the hire). */
  record(
    tx: Tx,
    employeeId: string,
    source: string,
    applicationId: string | null,
    needs: NewDevelopmentNeed[],
  ): Promise<void> {
    return this.needs.insertMany(
      tx,
      needs.map((n) => ({
        employeeId,
        source,
        applicationId,
        competencyId: n.competencyId,
        currentLevel: n.currentLevel,
        targetLevel: n.targetLevel,
        gap: n.gap,
      })),
    );
  }

  async forEmployee(principal: Principal, employeeId: string) {
    await this.access.assertCanSee(principal, employeeId);
    return (await this.needs.forEmployee(employeeId)).map((n) => ({
      id: n.id,
      competencyCode: n.competencyCode,
      competencyName: { en: n.nameEn, zh: n.nameZh },
      currentLevel: n.currentLevel,
      targetLevel: n.targetLevel,
      gap: n.gap,
      source: n.source,
      createdAt: n.createdAt.toISOString(),
      closedAt: n.closedAt?.toISOString() ?? null,
      closedBySource: n.closedBySource,
    }));
  }
}
