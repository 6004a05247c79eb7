import { Injectable } from '@nestjs/common';
import type { Principal } from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import type { ProgrammeHealthDto, TeamMentoringRowDto } from '@cadre/shared/contracts';
import { addDaysIso, todayIso } from '@cadre/shared/util';
import { PairingsRepository } from '../pairings/pairings.repository';
import { toPairing } from '../pairings/pairing.mapper';
import { ProgrammeRepository, type ProgrammeScope } from './programme.repository';

/** The programme as HR sees it whole and a manager sees their subtree. */
@Injectable()
export class ProgrammeService {
  constructor(
    private readonly programme: ProgrammeRepository,
    private readonly pairings: PairingsRepository,
    private readonly access: EmployeeAccess,
  ) {}

  /** People in the caller's part of the organisation (newest hires first) with their current pairing. */
  async team(principal: Principal, hiredWithinDays?: number): Promise<TeamMentoringRowDto[]> {
    const today = todayIso();
    const rows = await this.programme.team(
      await this.scopeOf(principal),
      principal.employeeId,
      hiredWithinDays ? addDaysIso(today, -hiredWithinDays) : null,
    );
    const pairingIds = rows.flatMap((r) => (r.pairing_id ? [r.pairing_id] : []));
    const pairings = new Map(
      (pairingIds.length ? await this.pairings.list({ ids: pairingIds }) : []).map((p) => [p.id, p]),
    );
    const part = principal.permissions.includes('mentorship:manage') ? 'hr' : 'manager';
    return rows.map((r) => {
      const pairing = r.pairing_id ? pairings.get(r.pairing_id) : undefined;
      return {
        employeeId: r.employee_id,
        fullName: r.full_name,
        jobTitle: r.job_title,
        hireDate: r.hire_date,
        openNeeds: r.open_needs,
        pairing: pairing ? toPairing(pairing, part, today) : null,
      };
    });
  }

  async health(principal: Principal): Promise<ProgrammeHealthDto> {
    const scope = await this.scopeOf(principal);
    const today = todayIso();
    const [health, load, attentionIds] = await Promise.all([
      this.programme.health(scope, today),
      this.programme.mentorLoad(scope),
      this.programme.attention(scope, today),
    ]);
    const byId = new Map(
      (attentionIds.length ? await this.pairings.list({ ids: attentionIds }) : []).map((p) => [p.id, p]),
    );
    const part = principal.permissions.includes('mentorship:manage') ? 'hr' : 'manager';
    return {
      activePairs: health.active,
      proposedPairs: health.proposed,
      pausedPairs: health.paused,
      mentors: load.length,
      mentorsAtCapacity: load.filter((l) => l.load >= l.capacity).length,
      overdueCheckIns: health.overdue,
      stalledGoals: health.stalled_goals,
      quietPairs: health.quiet,
      crossUnitPairs: health.cross_unit,
      menteeRating: health.mentee_rating === null ? null : Number(health.mentee_rating),
      mentorRating: health.mentor_rating === null ? null : Number(health.mentor_rating),
      attention: attentionIds.flatMap((id) => {
        const row = byId.get(id);
        return row ? [toPairing(row, part, today)] : [];
      }),
      mentorLoad: load.map((l) => ({
        employeeId: l.employee_id,
        fullName: l.full_name,
        load: l.load,
        capacity: l.capacity,
      })),
      needsClosedDuringMentoring: health.needs_closed,
      medianDaysToFirstOnboarding:
        health.median_days_to_onboarding === null
          ? null
          : Math.round(Number(health.median_days_to_onboarding)),
    };
  }

  private async scopeOf(principal: Principal): Promise<ProgrammeScope> {
    if (principal.permissions.includes('mentorship:manage')) return { all: true };
    return this.access.visibleEmployees(principal);
  }
}
