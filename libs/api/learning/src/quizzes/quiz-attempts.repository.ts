import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import { QuizAttemptEntity } from './quiz-attempt.entity';

export type AttemptRow = Pick<
  QuizAttemptEntity,
  | 'id'
  | 'enrolmentId'
  | 'itemId'
  | 'number'
  | 'questions'
  | 'startedAt'
  | 'deadline'
  | 'submittedAt'
  | 'scorePercent'
  | 'passed'
>;

const COLUMNS = `id, enrolment_id as "enrolmentId", item_id as "itemId", number, questions, started_at as "startedAt",
  deadline, submitted_at as "submittedAt", score_percent::text as "scorePercent", passed`;

@Injectable()
export class QuizAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forEnrolment(enrolmentId: string, tx?: Tx): Promise<AttemptRow[]> {
    return selectRows<AttemptRow>(
      tx ?? this.dataSource.manager,
      `select ${COLUMNS} from quiz_attempts where enrolment_id = $1 order by item_id, number`,
      [enrolmentId],
    );
  }

  async insert(
    tx: Tx,
    attempt: Omit<
      QuizAttemptEntity,
      'id' | 'enrolment' | 'submittedAt' | 'answers' | 'scorePercent' | 'passed'
    >,
  ): Promise<string> {
    const result = await tx.insert(QuizAttemptEntity, attempt);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The attempt, locked, with the learner whose enrolment it belongs to. */
  async lock(
    tx: Tx,
    id: string,
  ): Promise<(AttemptRow & { employeeId: string; courseVersionId: string }) | null> {
    const [row] = await selectRows<AttemptRow & { employeeId: string; courseVersionId: string }>(
      tx,
      `select a.id, a.enrolment_id as "enrolmentId", a.item_id as "itemId", a.number, a.questions,
              a.started_at as "startedAt", a.deadline, a.submitted_at as "submittedAt",
              a.score_percent::text as "scorePercent", a.passed,
              e.employee_id as "employeeId", e.course_version_id as "courseVersionId"
         from quiz_attempts a join enrolments e on e.id = a.enrolment_id
        where a.id = $1 for update of a, e`,
      [id],
    );
    return row ?? null;
  }

  async recordResult(
    tx: Tx,
    id: string,
    result: { answers: Record<string, string[]>; scorePercent: string; passed: boolean },
  ): Promise<void> {
    await tx.update(
      QuizAttemptEntity,
      { id },
      {
        submittedAt: () => 'now()',
        answers: result.answers,
        scorePercent: result.scorePercent,
        passed: result.passed,
      },
    );
  }
}
