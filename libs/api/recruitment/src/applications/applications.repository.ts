import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type {
  ApplicationStage,
  ApplicationSummaryDto,
  FitDto,
  OwedScorecardDto,
  Recommendation,
  ScorecardDto,
} from '@cadre/shared/contracts';
import { ScorecardRatingEntity } from '../scorecards/scorecard-rating.entity';
import { ScorecardEntity } from '../scorecards/scorecard.entity';
import { ApplicationInterviewerEntity } from './application-interviewer.entity';
import { ApplicationStageEventEntity } from './application-stage-event.entity';
import { ApplicationEntity } from './application.entity';

/** One row of a requisition's ranking, as PostgreSQL names its columns. */
interface RankedRow {
  id: string;
  candidate_id: string;
  full_name: string;
  requisition_id: string;
  stage: ApplicationStage;
  stage_changed_at: Date;
  fit_score: string | null;
  knocked_out: boolean;
  scorecards: number;
  interviewers: number;
  disagreement: boolean;
}

function toApplicationSummary(r: RankedRow, rank: number): ApplicationSummaryDto {
  return {
    id: r.id,
    candidateId: r.candidate_id,
    candidateName: r.full_name,
    requisitionId: r.requisition_id,
    stage: r.stage,
    stageChangedAt: r.stage_changed_at.toISOString(),
    fitScore: r.fit_score,
    knockedOut: r.knocked_out,
    scorecards: r.scorecards,
    interviewers: r.interviewers,
    disagreement: r.disagreement,
    fitHidden: false,
    rank,
  };
}

@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(tx?: Tx) {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: Tx): Promise<ApplicationEntity | null> {
    return this.manager(tx).getRepository(ApplicationEntity).findOneBy({ id });
  }

  findForUpdate(tx: Tx, id: string): Promise<ApplicationEntity | null> {
    return tx
      .getRepository(ApplicationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByCandidateAndRequisition(
    candidateId: string,
    requisitionId: string,
    tx?: Tx,
  ): Promise<ApplicationEntity | null> {
    return this.manager(tx).getRepository(ApplicationEntity).findOneBy({ candidateId, requisitionId });
  }

  async insert(
    tx: Tx,
    values: Pick<ApplicationEntity, 'candidateId' | 'requisitionId' | 'roleProfileVersionId'>,
  ): Promise<string> {
    const result = await tx.insert(ApplicationEntity, { ...values, stage: 'applied' });
    return (result.identifiers[0] as { id: string }).id;
  }

  async setStage(tx: Tx, id: string, stage: ApplicationStage, hiredEmployeeId?: string): Promise<void> {
    await tx.update(
      ApplicationEntity,
      { id },
      { stage, stageChangedAt: () => 'now()', ...(hiredEmployeeId ? { hiredEmployeeId } : {}) },
    );
  }

  async setFit(tx: Tx, id: string, fit: FitDto): Promise<void> {
    await tx.update(ApplicationEntity, { id }, { fitScore: fit.score, knockedOut: fit.knockedOut, fit });
  }

  async addEvent(
    tx: Tx,
    event: Pick<
      ApplicationStageEventEntity,
      'applicationId' | 'fromStage' | 'toStage' | 'reason' | 'actorUserId'
    >,
  ): Promise<void> {
    await tx.insert(ApplicationStageEventEntity, event);
  }

  /** Read model: identity's users joined for the actor's name only. */
  async history(applicationId: string) {
    const rows = await selectRows<{
      from_stage: ApplicationStage | null;
      to_stage: ApplicationStage;
      reason: string;
      actor: string | null;
      occurred_at: Date;
    }>(
      this.dataSource,
      `select e.from_stage::text as from_stage, e.to_stage::text as to_stage, e.reason, u.display_name as actor, e.occurred_at
         from application_stage_events e left join users u on u.id = e.actor_user_id
        where e.application_id = $1 order by e.occurred_at, e.id`,
      [applicationId],
    );
    return rows.map((r) => ({
      from: r.from_stage,
      to: r.to_stage,
      reason: r.reason,
      actorName: r.actor,
      at: r.occurred_at.toISOString(),
    }));
  }

  /**
   * A requisition's applications ranked: knock-outs after everyone else, then by fit
   * (unscored last), then by name. The page is picked with a top-N sort over narrow rows
   * and only then joined to its details; the total is a separate indexed count.
   */
  async ranking(
    requisitionId: string,
    stage: ApplicationStage | undefined,
    limit: number,
    offset: number,
  ): Promise<{ items: ApplicationSummaryDto[]; total: number }> {
    const filter = `a.requisition_id = $1 ${stage ? 'and a.stage = $2' : ''}`;
    const filterParams: unknown[] = stage ? [requisitionId, stage] : [requisitionId];
    const [rows, counted] = await Promise.all([
      selectRows<RankedRow>(
        this.dataSource.manager,
        `with page as (
           select a.id
             from applications a join candidates c on c.id = a.candidate_id
            where ${filter}
            order by a.knocked_out, a.fit_score desc nulls last, c.full_name, a.id
            limit $${filterParams.length + 1} offset $${filterParams.length + 2})
         select a.id, a.candidate_id, c.full_name, a.requisition_id, a.stage::text as stage, a.stage_changed_at,
                a.fit_score::text as fit_score, a.knocked_out,
                coalesce((a.fit ->> 'scorecards')::int, 0) as scorecards,
                coalesce((a.fit ->> 'disagreement')::boolean, false) as disagreement,
                (select count(*)::int from application_interviewers i where i.application_id = a.id) as interviewers
           from page p join applications a on a.id = p.id join candidates c on c.id = a.candidate_id
          order by a.knocked_out, a.fit_score desc nulls last, c.full_name, a.id`,
        [...filterParams, limit, offset],
      ),
      selectRows<{ total: number }>(
        this.dataSource.manager,
        `select count(*)::int as total from applications a where ${filter}`,
        filterParams,
      ),
    ]);
    return {
      total: counted[0]?.total ?? 0,
      items: rows.map((r, i) => toApplicationSummary(r, offset + i + 1)),
    };
  }

  // --- interviewers ---

  /** Assigning someone twice is harmless. */
  async addInterviewer(
    tx: Tx,
    applicationId: string,
    userId: string,
    assignedByUserId: string | null,
  ): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(ApplicationInterviewerEntity)
      .values({ applicationId, userId, assignedByUserId })
      .orIgnore()
      .execute();
  }

  async removeInterviewer(tx: Tx, applicationId: string, userId: string): Promise<number> {
    const result = await tx.delete(ApplicationInterviewerEntity, { applicationId, userId });
    return result.affected ?? 0;
  }

  async isInterviewer(applicationId: string, userId: string, tx?: Tx): Promise<boolean> {
    return (
      (await this.manager(tx)
        .getRepository(ApplicationInterviewerEntity)
        .countBy({ applicationId, userId })) > 0
    );
  }

  /** Read model: identity's users joined for names only. */
  async interviewers(applicationId: string): Promise<{ userId: string; name: string; submitted: boolean }[]> {
    const rows = await selectRows<{ user_id: string; display_name: string; submitted: boolean }>(
      this.dataSource,
      `select i.user_id, u.display_name, exists (select 1 from scorecards s where s.application_id = i.application_id and s.interviewer_user_id = i.user_id) as submitted
         from application_interviewers i join users u on u.id = i.user_id
        where i.application_id = $1 order by i.assigned_at`,
      [applicationId],
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.display_name, submitted: r.submitted }));
  }

  // --- scorecards ---

  /**
   * Inserts the interviewer's scorecard, or amends it: the revision counts up, and it is
   * marked as amended after reading others once another interviewer had scored.
   * Returns the id and, for an amendment, what it replaced.
   */
  async saveScorecard(
    tx: Tx,
    applicationId: string,
    interviewerUserId: string,
    recommendation: Recommendation,
    summary: string,
    ratings: { competencyId: string; rating: number; evidence: string }[],
  ): Promise<{ id: string; amended: { revision: number; afterReadingOthers: boolean } | null }> {
    const existing = await tx.getRepository(ScorecardEntity).findOneBy({ applicationId, interviewerUserId });
    let scorecardId: string;
    let amended: { revision: number; afterReadingOthers: boolean } | null = null;
    if (existing) {
      scorecardId = existing.id;
      const [{ others }] = await selectRows<{ others: number }>(
        tx,
        `select count(*)::int as others from scorecards where application_id = $1 and interviewer_user_id <> $2`,
        [applicationId, interviewerUserId],
      );
      amended = {
        revision: existing.revision + 1,
        afterReadingOthers: existing.amendedAfterReadingOthers || others > 0,
      };
      await tx.update(
        ScorecardEntity,
        { id: scorecardId },
        {
          recommendation,
          summary,
          revision: amended.revision,
          amendedAt: () => 'now()',
          amendedAfterReadingOthers: amended.afterReadingOthers,
        },
      );
      await tx.delete(ScorecardRatingEntity, { scorecardId });
    } else {
      const result = await tx.insert(ScorecardEntity, {
        applicationId,
        interviewerUserId,
        recommendation,
        summary,
      });
      scorecardId = (result.identifiers[0] as { id: string }).id;
    }
    await tx.insert(
      ScorecardRatingEntity,
      ratings.map((r) => ({ ...r, scorecardId })),
    );
    return { id: scorecardId, amended };
  }

  /**
   * Read model: identity's users for the interviewer's name, talent's profile competencies
   * for the order ratings are listed in; nothing here decides anything.
   */
  async scorecards(applicationId: string, tx?: Tx): Promise<ScorecardDto[]> {
    const rows = (await this.manager(tx).query(
      `select s.id, s.interviewer_user_id, u.display_name, s.recommendation::text as recommendation, s.summary,
              s.submitted_at, s.revision, s.amended_at, s.amended_after_reading_others,
              coalesce(json_agg(json_build_object('competencyId', r.competency_id, 'rating', r.rating, 'evidence', r.evidence)
                                order by rpc.position) filter (where r.competency_id is not null), '[]') as ratings
         from scorecards s join users u on u.id = s.interviewer_user_id
         join applications a on a.id = s.application_id
         left join scorecard_ratings r on r.scorecard_id = s.id
         -- the profile's order, as everywhere competencies are listed
         left join role_profile_competencies rpc
                on rpc.version_id = a.role_profile_version_id and rpc.competency_id = r.competency_id
        where s.application_id = $1
        group by s.id, u.display_name
        order by s.submitted_at, s.id`,
      [applicationId],
    )) as {
      id: string;
      interviewer_user_id: string;
      display_name: string;
      recommendation: Recommendation;
      summary: string;
      submitted_at: Date;
      revision: number;
      amended_at: Date | null;
      amended_after_reading_others: boolean;
      ratings: ScorecardDto['ratings'];
    }[];
    return rows.map((r) => ({
      id: r.id,
      interviewerUserId: r.interviewer_user_id,
      interviewerName: r.display_name,
      recommendation: r.recommendation,
      summary: r.summary,
      ratings: r.ratings,
      submittedAt: r.submitted_at.toISOString(),
      revision: r.revision,
      amendedAt: r.amended_at?.toISOString() ?? null,
      amendedAfterReadingOthers: r.amended_after_reading_others,
    }));
  }

  /** Of these applications, those on which the user is asked to interview and has not scored yet. */
  async owedAmong(userId: string, applicationIds: string[]): Promise<Set<string>> {
    if (!applicationIds.length) return new Set();
    const rows = await selectRows<{ id: string }>(
      this.dataSource,
      `select i.application_id as id
         from application_interviewers i
        where i.user_id = $1 and i.application_id = any($2::uuid[])
          and not exists (select 1 from scorecards s
                           where s.application_id = i.application_id and s.interviewer_user_id = $1)`,
      [userId, applicationIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  async owedBy(userId: string): Promise<OwedScorecardDto[]> {
    const rows = await selectRows<{
      id: string;
      full_name: string;
      requisition_id: string;
      title: string;
      stage: ApplicationStage;
      assigned_at: Date;
    }>(
      this.dataSource,
      `select a.id, c.full_name, r.id as requisition_id, r.title, a.stage::text as stage, i.assigned_at
         from application_interviewers i
         join applications a on a.id = i.application_id
         join candidates c on c.id = a.candidate_id
         join requisitions r on r.id = a.requisition_id
        where i.user_id = $1
          and a.stage not in ('hired', 'rejected', 'withdrawn')
          and not exists (select 1 from scorecards s where s.application_id = a.id and s.interviewer_user_id = $1)
        order by i.assigned_at`,
      [userId],
    );
    return rows.map((r) => ({
      applicationId: r.id,
      candidateName: r.full_name,
      requisitionId: r.requisition_id,
      requisitionTitle: r.title,
      stage: r.stage,
      assignedAt: r.assigned_at.toISOString(),
    }));
  }

  /** For access checks: whose requisition the application is in, and whether the user interviews it. */
  async visibility(
    applicationId: string,
    userId: string,
  ): Promise<{ hiringManagerId: string; isInterviewer: boolean } | null> {
    const [row] = await selectRows<{ hiring_manager_id: string; is_interviewer: boolean }>(
      this.dataSource,
      `select r.hiring_manager_id, exists (select 1 from application_interviewers i where i.application_id = a.id and i.user_id = $2) as is_interviewer
         from applications a join requisitions r on r.id = a.requisition_id where a.id = $1`,
      [applicationId, userId],
    );
    return row ? { hiringManagerId: row.hiring_manager_id, isInterviewer: row.is_interviewer } : null;
  }

  async byIdsInRequisition(
    requisitionId: string,
    ids: string[],
  ): Promise<(ApplicationEntity & { candidateName: string })[]> {
    const rows = await this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .innerJoin('candidates', 'c', 'c.id = a.candidate_id')
      .addSelect('c.full_name', 'candidate_name')
      .where('a.requisition_id = :requisitionId and a.id in (:...ids)', { requisitionId, ids })
      .getRawAndEntities<{ candidate_name: string }>();
    return rows.entities.map((e, i) =>
      Object.assign(e, { candidateName: rows.raw[i]?.candidate_name ?? '' }),
    );
  }
}
