import { Injectable } from '@nestjs/common';
import { AuditService, type Tx } from '@cadre/api/core';
import { PairingsRepository } from './pairings.repository';

/**
 * Goals other contexts set on someone's mentoring (a development plan's gap), in the
 * caller's transaction and with mentorship's own audit entry.
 */
@Injectable()
export class MentorGoalsService {
  constructor(
    private readonly pairings: PairingsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Adds the goal to the mentee's active pairing; null when they have no active mentor. */
  async addForMentee(
    tx: Tx,
    menteeId: string,
    goal: { title: string; competencyId: string; courseId: string | null; targetDate: string },
    origin: Record<string, string>,
  ): Promise<string | null> {
    const pairingId = await this.pairings.lockActiveOfMentee(tx, menteeId);
    if (!pairingId) return null;
    const goalId = await this.pairings.insertGoal(tx, { pairingId, ...goal });
    await this.audit.record(tx, {
      action: 'mentorship.goal',
      entityType: 'mentorship_pairing',
      entityId: pairingId,
      after: { goalId, title: goal.title, targetDate: goal.targetDate, ...origin },
    });
    return goalId;
  }
}
