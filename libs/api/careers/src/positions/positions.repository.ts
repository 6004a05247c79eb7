import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';

export interface PositionRow {
  employeeId: string;
  levelId: string;
  startsOn: string;
  endsOn: string | null;
  /** "placed" or "credited" by HR, "promotion", or "role_profile" while only implied. */
  source: string;
}

const COLUMNS = `employee_id as "employeeId", level_id as "levelId", starts_on::text as "startsOn",
                 ends_on::text as "endsOn", source`;

/**
 * Read model: identity's employees. Someone never placed on a track stands at the level
 * that is their role profile (a new hire, say) from their hire date; the position is
 * written the first time it changes.
 */
const implied = (
  who: string,
) => `select e.id as employee_id, l.id as level_id, e.hire_date as starts_on, null::date as ends_on,
                        'role_profile' as source
                   from employees e join career_levels l on l.role_profile_id = e.role_profile_id
                  where ${who} and e.status <> 'left'
                    and not exists (select 1 from career_positions p where p.employee_id = e.id)`;

@Injectable()
export class PositionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each person's current level, written or implied by their role profile. */
  current(employeeIds: string[], tx?: Tx): Promise<PositionRow[]> {
    return selectRows<PositionRow>(
      tx ?? this.dataSource.manager,
      `select ${COLUMNS} from career_positions where ends_on is null and employee_id = any($1::uuid[])
       union all
       select ${COLUMNS} from (${implied('e.id = any($1::uuid[])')}) implied`,
      [employeeIds],
    );
  }

  /** One person's levels, newest first. */
  history(employeeId: string): Promise<PositionRow[]> {
    return selectRows<PositionRow>(
      this.dataSource.manager,
      `select ${COLUMNS} from (
         select employee_id, level_id, starts_on, ends_on, source, created_at from career_positions where employee_id = $1
         union all
         select employee_id, level_id, starts_on, ends_on, source, now() from (${implied('e.id = $1')}) implied) h
       order by starts_on desc, created_at desc`,
      [employeeId],
    );
  }

  /** Everyone who stands on a level now, for opening an assessment cycle. */
  everyoneCurrent(tx: Tx): Promise<PositionRow[]> {
    return selectRows<PositionRow>(
      tx,
      `select ${COLUMNS} from career_positions where ends_on is null
       union all
       select ${COLUMNS} from (${implied('true')}) implied`,
      [],
    );
  }

  /**
   * Moves the start of someone's current level earlier (experience credited from before
   * they joined), writing a position only implied first.
   */
  async restart(tx: Tx, employeeId: string, startsOn: string, source: string): Promise<void> {
    await this.writeImplied(tx, employeeId);
    await tx.query(
      `update career_positions set starts_on = $2, source = $3 where employee_id = $1 and ends_on is null`,
      [employeeId, startsOn, source],
    );
  }

  /**
   * Moves someone to a level from a date: a position only implied is written first (so the
   * history keeps it), the current one ends the day before (or on its own first day, for a
   * move on that day) and the new one opens.
   */
  async move(
    tx: Tx,
    employeeId: string,
    move: { levelId: string; startsOn: string; source: string; promotionId: string | null },
  ): Promise<void> {
    await this.writeImplied(tx, employeeId);
    await tx.query(
      `update career_positions set ends_on = greatest(starts_on, $2::date - 1)
        where employee_id = $1 and ends_on is null`,
      [employeeId, move.startsOn],
    );
    await tx.query(
      `insert into career_positions (employee_id, level_id, starts_on, source, promotion_id) values ($1, $2, $3, $4, $5)`,
      [employeeId, move.levelId, move.startsOn, move.source, move.promotionId],
    );
  }

  /** Writes the position someone's role profile implies, if that is all they have. */
  private async writeImplied(tx: Tx, employeeId: string): Promise<void> {
    const [only] = await selectRows<PositionRow>(
      tx,
      `select ${COLUMNS} from (${implied('e.id = $1')}) implied`,
      [employeeId],
    );
    if (only)
      await tx.query(
        `insert into career_positions (employee_id, level_id, starts_on, source) values ($1, $2, $3, $4)`,
        [employeeId, only.levelId, only.startsOn, only.source],
      );
  }
}
