import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EmployeeMoves } from '@cadre/api/identity';
import { EnrolmentsRepository } from './enrolments.repository';

/**
 * Keeps `learning_unit_course_counts` right when people change unit or leave: their
 * enrolments' counts leave the unit they counted under and join the new one, in the
 * mover's transaction (identity's EmployeeMoves). Enrolment writes keep it by triggers.
 */
@Injectable()
export class UnitCourseCounts implements OnModuleInit {
  constructor(
    private readonly moves: EmployeeMoves,
    private readonly enrolments: EnrolmentsRepository,
  ) {}

  onModuleInit(): void {
    this.moves.subscribe((tx, moves) => this.enrolments.moveUnitCourseCounts(tx, moves));
  }
}
