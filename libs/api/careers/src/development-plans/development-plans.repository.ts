import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { DevelopmentPlanItemDto } from '@cadre/shared/contracts';

interface ItemRow extends Omit<DevelopmentPlanItemDto, 'createdAt'> {
  createdAt: Date;
}

@Injectable()
export class DevelopmentPlansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Read model: talent's competencies and learning's courses are joined for their names. */
  async items(employeeId: string): Promise<DevelopmentPlanItemDto[]> {
    const rows = await selectRows<ItemRow>(
      this.dataSource.manager,
      `select i.id, i.level_id as "levelId", i.competency_id as "competencyId",
              jsonb_build_object('en', k.name_en, 'zh', k.name_zh) as "competencyName",
              i.target_level as "targetLevel",
              case when c.id is null then null else jsonb_build_object('id', c.id, 'code', c.code, 'title',
                (select jsonb_build_object('en', v.title_en, 'zh', v.title_zh) from course_versions v
                  where v.course_id = c.id and v.status = 'published' order by v.version desc limit 1)) end as course,
              i.mentor_goal_id as "mentorGoalId", i.created_at as "createdAt"
         from development_plan_items i
         join competencies k on k.id = i.competency_id
         left join courses c on c.id = i.course_id
        where i.employee_id = $1
        order by i.created_at, k.code`,
      [employeeId],
    );
    return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  }

  /** Adds the gaps not planned yet; answers the ones added. */
  insertMissing(
    tx: Tx,
    employeeId: string,
    levelId: string,
    gaps: { competencyId: string; targetLevel: number; courseId: string | null }[],
    userId: string,
  ): Promise<{ id: string; competencyId: string; targetLevel: number; courseId: string | null }[]> {
    return selectRows(
      tx,
      `insert into development_plan_items (employee_id, level_id, competency_id, target_level, course_id, created_by_user_id)
       select $1, $2, g.competency_id, g.target_level, g.course_id, $6
         from unnest($3::uuid[], $4::smallint[], $5::uuid[]) as g(competency_id, target_level, course_id)
       on conflict (employee_id, level_id, competency_id) do nothing
       returning id, competency_id as "competencyId", target_level as "targetLevel", course_id as "courseId"`,
      [
        employeeId,
        levelId,
        gaps.map((g) => g.competencyId),
        gaps.map((g) => g.targetLevel),
        gaps.map((g) => g.courseId),
        userId,
      ],
    );
  }

  /** Drops the plan towards a level the person now holds: its gaps are behind them. Answers how many. */
  async dropReached(tx: Tx, employeeId: string, levelId: string): Promise<number> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `with dropped as (delete from development_plan_items where employee_id = $1 and level_id = $2 returning id)
       select id from dropped`,
      [employeeId, levelId],
    );
    return rows.length;
  }

  async setGoal(tx: Tx, itemId: string, goalId: string): Promise<void> {
    await tx.query(`update development_plan_items set mentor_goal_id = $2 where id = $1`, [itemId, goalId]);
  }
}
