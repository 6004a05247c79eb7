import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  NotificationsService,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { PeopleLookup } from '@cadre/api/identity';
import type { AssignmentProposalDto } from '@cadre/shared/contracts';
import { PlansRepository } from '../plans/plans.repository';
import { AssignmentProposalsRepository } from './assignment-proposals.repository';
import { AssignmentsRepository } from './assignments.repository';

export interface NewAssignmentProposal {
  employeeId: string;
  startsOn: string;
  roleProfileId: string;
  reason: string;
  source: { kind: string; id: string };
  /** For finance's notification: whose role changed, and to what, in both languages. */
  notice: { name: string; titleEn: string; titleZh: string };
}

/**
 * Plan assignments that a change of role suggests: another context proposes in its own
 * transaction; finance confirms (the person's plan changes from the date) or dismisses.
 */
@Injectable()
export class AssignmentProposalsService {
  constructor(
    private readonly proposals: AssignmentProposalsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly plans: PlansRepository,
    private readonly people: PeopleLookup,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Inside the caller's transaction; a second proposal for the same cause changes nothing. */
  async propose(tx: Tx, proposal: NewAssignmentProposal): Promise<string | null> {
    const id = await this.proposals.propose(tx, {
      employeeId: proposal.employeeId,
      startsOn: proposal.startsOn,
      roleProfileId: proposal.roleProfileId,
      reason: proposal.reason,
      sourceKind: proposal.source.kind,
      sourceId: proposal.source.id,
    });
    if (id) {
      await this.audit.record(tx, {
        action: 'plan_assignment.proposed',
        entityType: 'plan_assignment_proposal',
        entityId: id,
        after: { ...proposal, notice: undefined },
      });
      // Finance confirms it: each finance user hears of it.
      const finance = await this.people.usersWithRole(tx, 'finance');
      await this.notifications.notify(
        tx,
        finance.map((userId) => ({
          userId,
          kind: 'compensation.proposal',
          params: proposal.notice,
          link: '/pay/assignments',
          dedupeKey: `plan-proposal:${id}:${userId}`,
        })),
      );
    }
    return id;
  }

  list(status: 'open' | 'confirmed' | 'dismissed' | undefined): Promise<AssignmentProposalDto[]> {
    return this.proposals.list({ status });
  }

  /**
   * Assigns the plan from the proposal's date, ending the plan the person held until the
   * day before; all or nothing.
   */
  async confirm(principal: Principal, id: string, planId: string): Promise<AssignmentProposalDto> {
    await this.transactions.run(async (tx) => {
      const proposal = await this.open(tx, id);
      if (!(await this.plans.byId(planId, tx)))
        throw InvalidInputError.field('planId', 'No such plan', 'no_such_record');
      await this.assignments.lockAssignments(tx);
      // The plan they hold already: confirmed as it is, without splitting the assignment.
      const held = await this.proposals.heldOn(tx, proposal.employeeId, proposal.startsOn);
      if (held?.planId === planId) {
        await this.proposals.decide(tx, id, {
          status: 'confirmed',
          userId: principal.userId,
          assignmentId: held.id,
        });
        await this.audit.record(tx, {
          action: 'plan_assignment.proposal_confirmed',
          entityType: 'plan_assignment_proposal',
          entityId: id,
          after: { planId, assignmentId: held.id, unchanged: true },
        });
        return;
      }
      const ended = await this.proposals.endRunningBefore(tx, proposal.employeeId, proposal.startsOn);
      if ((await this.assignments.overlapping(tx, [proposal.employeeId], proposal.startsOn, null)).length)
        throw new ConflictError(
          'This person already has a plan starting on or after the proposed date',
          'overlapping',
        );
      const [assignmentId] = await this.assignments.insert(tx, planId, proposal.startsOn, null, [
        { employeeId: proposal.employeeId, quotas: [] },
      ]);
      await this.proposals.decide(tx, id, {
        status: 'confirmed',
        userId: principal.userId,
        assignmentId: assignmentId ?? null,
      });
      await this.audit.recordMany(tx, [
        ...ended.map((endedId) => ({
          action: 'plan_assignment.ended',
          entityType: 'plan_assignment',
          entityId: endedId,
          after: { endsOn: proposal.startsOn, proposalId: id },
        })),
        {
          action: 'plan_assignment.created',
          entityType: 'plan_assignment',
          entityId: assignmentId ?? id,
          after: { planId, startsOn: proposal.startsOn, employeeId: proposal.employeeId, proposalId: id },
        },
        {
          action: 'plan_assignment.proposal_confirmed',
          entityType: 'plan_assignment_proposal',
          entityId: id,
          after: { planId, assignmentId },
        },
      ]);
    });
    return this.get(id);
  }

  async dismiss(principal: Principal, id: string): Promise<AssignmentProposalDto> {
    await this.transactions.run(async (tx) => {
      await this.open(tx, id);
      await this.proposals.decide(tx, id, {
        status: 'dismissed',
        userId: principal.userId,
        assignmentId: null,
      });
      await this.audit.record(tx, {
        action: 'plan_assignment.proposal_dismissed',
        entityType: 'plan_assignment_proposal',
        entityId: id,
      });
    });
    return this.get(id);
  }

  private async open(tx: Tx, id: string) {
    const proposal = await this.proposals.lock(tx, id);
    if (!proposal) throw new NotFoundError('Assignment proposal', id);
    if (proposal.status !== 'open')
      throw new ConflictError(`This proposal was ${proposal.status} already`, 'wrong_state');
    return proposal;
  }

  private async get(id: string): Promise<AssignmentProposalDto> {
    const [found] = await this.proposals.list({ ids: [id] });
    if (!found) throw new NotFoundError('Assignment proposal', id);
    return found;
  }
}
