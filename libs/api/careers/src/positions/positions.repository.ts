import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';

export interface PositionRow {
  employeeId: string;
  levelId: string;
  startsOn: string;
  endsOn: string | null;
  source: string;
}

const COLUMNS = `employee_id as "employeeId", level_id as "levelId", starts_on::text as "startsOn",
                 ends_on::text as "endsOn", source`;

@Injectable()
export class PositionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each person's current level. */
  current(employeeIds: string[], tx?: Tx): Promise<PositionRow[]> {
    return selectRows<PositionRow>(
      tx ?? this.dataSource.manager,
      `select ${COLUMNS} from career_positions where ends_on is null and employee_id = any($1::uuid[])`,
      [employeeIds],
    );
  }

  /** One person's levels, newest first. */
  history(employeeId: string): Promise<PositionRow[]> {
    return selectRows<PositionRow>(
      this.dataSource.manager,
      `select ${COLUMNS} from career_positions where employee_id = $1 order by starts_on desc, created_at desc`,
      [employeeId],
    );
  }

  /**
   * Moves someone to a level from a date: the current position ends the day before (or on
   * its own first day, for a move on that day) and the new one opens.
   */
  async move(
    tx: Tx,
    employeeId: string,
    move: { levelId: string; startsOn: string; source: string; promotionId: string | null },
  ): Promise<void> {
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
}
