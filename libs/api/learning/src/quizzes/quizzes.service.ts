import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import type {
  AttemptResultDto,
  CourseItem,
  QuizAttemptDto,
  QuizQuestion,
  SubmitAttemptRequest,
} from '@cadre/shared/contracts';
import { CoursesRepository } from '../courses/courses.repository';
import { CurriculaService } from '../curricula/curricula.service';
import { CourseCompletion } from '../enrolments/course-completion';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { drawQuestions } from './quiz-draw';
import { answerProblems, gradeAttempt } from './quiz-grading';
import { QuizAttemptsRepository, type AttemptRow } from './quiz-attempts.repository';

/** A submit this soon after the deadline still counts: the request was on its way. */
const DEADLINE_GRACE_MS = 5_000;

/**
 * Quiz attempts: the server draws the questions, shows them without the key, and grades
 * the answers; the key reaches the learner only in a submitted attempt's result.
 */
@Injectable()
export class QuizzesService {
  constructor(
    private readonly attempts: QuizAttemptsRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly courses: CoursesRepository,
    private readonly completion: CourseCompletion,
    private readonly curricula: CurriculaService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /**
   * Starts an attempt, or answers the one already open (a double click, a reload), so
   * starting twice uses one attempt.
   */
  async start(principal: Principal, enrolmentId: string, itemId: string): Promise<QuizAttemptDto> {
    return this.transactions.run(async (tx) => {
      const enrolment = await this.enrolments.lock(tx, enrolmentId);
      if (!enrolment || enrolment.employeeId !== principal.employeeId)
        throw new NotFoundError('Enrolment', enrolmentId);
      if (await this.curricula.isLocked(tx, enrolmentId))
        throw new ConflictError(
          'Finish the steps before this one in your learning path first',
          'step_locked',
        );
      const { item, bank } = await this.quizItem(enrolment.courseVersionId, itemId, tx);
      const quiz = item.quiz;
      if (!quiz) throw new NotFoundError('Quiz', itemId);
      const mine = (await this.attempts.forEnrolment(enrolmentId, tx)).filter((a) => a.itemId === itemId);
      if (mine.some((a) => a.passed))
        throw new ConflictError('This quiz is already passed', 'already_passed');
      const now = new Date();
      const open = mine.find((a) => !a.submittedAt && (!a.deadline || a.deadline.getTime() > now.getTime()));
      if (open) return toAttemptDto(open, bank);
      if (mine.length >= quiz.maxAttempts)
        throw new ConflictError(`All ${quiz.maxAttempts} attempts at this quiz are used`, 'no_attempts_left');
      const drawn = drawQuestions(quiz.questions, quiz.drawCount);
      const attempt = {
        enrolmentId,
        itemId,
        number: mine.length + 1,
        questions: drawn,
        startedAt: now,
        deadline: quiz.timeLimitMinutes ? new Date(now.getTime() + quiz.timeLimitMinutes * 60_000) : null,
      };
      const id = await this.attempts.insert(tx, attempt);
      await this.enrolments.recordProgress(tx, enrolmentId, itemId, 0, false);
      return toAttemptDto({ ...attempt, id, submittedAt: null, scorePercent: null, passed: null }, bank);
    });
  }

  async submit(
    principal: Principal,
    attemptId: string,
    request: SubmitAttemptRequest,
  ): Promise<AttemptResultDto> {
    return this.transactions.run(async (tx) => {
      const attempt = await this.attempts.lock(tx, attemptId);
      if (!attempt || attempt.employeeId !== principal.employeeId)
        throw new NotFoundError('Quiz attempt', attemptId);
      if (attempt.submittedAt)
        throw new ConflictError('This attempt is already submitted', 'already_submitted');
      if (attempt.deadline && Date.now() > attempt.deadline.getTime() + DEADLINE_GRACE_MS)
        throw new ConflictError('The time for this attempt ran out before it was submitted', 'time_over');
      const { item, bank } = await this.quizItem(attempt.courseVersionId, attempt.itemId, tx);
      const quiz = item.quiz;
      if (!quiz) throw new NotFoundError('Quiz', attempt.itemId);
      const problems = answerProblems(bank, attempt.questions, request.answers);
      if (problems.length) throw new InvalidInputError(problems);
      const answers = Object.fromEntries(request.answers.map((a) => [a.questionId, a.optionIds]));
      const grade = gradeAttempt(bank, attempt.questions, answers, quiz.passMarkPercent);
      await this.attempts.recordResult(tx, attemptId, {
        answers,
        scorePercent: grade.scorePercent,
        passed: grade.passed,
      });
      let courseCompleted = false;
      if (grade.passed) {
        const enrolment = await this.enrolments.lock(tx, attempt.enrolmentId);
        if (!enrolment) throw new NotFoundError('Enrolment', attempt.enrolmentId);
        await this.enrolments.recordProgress(tx, attempt.enrolmentId, attempt.itemId, 0, true);
        courseCompleted = await this.completion.completeIfDone(tx, enrolment);
      }
      await this.audit.record(tx, {
        action: 'quiz.submit',
        entityType: 'enrolment',
        entityId: attempt.enrolmentId,
        after: {
          itemId: attempt.itemId,
          attempt: attempt.number,
          scorePercent: grade.scorePercent,
          passed: grade.passed,
        },
      });
      const attemptsLeft = grade.passed ? 0 : Math.max(0, quiz.maxAttempts - attempt.number);
      // The right answers only once they cannot help a next attempt: passed, or none left.
      const reveal = grade.passed || attemptsLeft === 0;
      return {
        attemptId,
        scorePercent: grade.scorePercent,
        passed: grade.passed,
        passMarkPercent: quiz.passMarkPercent,
        attemptsLeft,
        questions: grade.questions.map((q) => (reveal ? q : { ...q, correctOptionIds: [] })),
        courseCompleted,
      };
    });
  }

  private async quizItem(
    courseVersionId: string,
    itemId: string,
    tx: Tx,
  ): Promise<{ item: CourseItem; bank: Map<string, QuizQuestion> }> {
    const [version] = await this.courses.versions({ ids: [courseVersionId] }, tx);
    const item = version?.content.flatMap((m) => m.items).find((i) => i.id === itemId);
    if (!item || item.kind !== 'quiz') throw new NotFoundError('Quiz', itemId);
    return { item, bank: new Map((item.quiz?.questions ?? []).map((q) => [q.id, q])) };
  }
}

/** The attempt as the learner sees it while answering: options in drawn order, no key. */
function toAttemptDto(attempt: AttemptRow, bank: ReadonlyMap<string, QuizQuestion>): QuizAttemptDto {
  return {
    id: attempt.id,
    itemId: attempt.itemId,
    number: attempt.number,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null,
    questions: attempt.questions.map((d) => {
      const question = bank.get(d.questionId);
      if (!question) throw new Error(`question ${d.questionId} is not in the course version`);
      const options = new Map(question.options.map((o) => [o.id, o]));
      return {
        id: question.id,
        kind: question.kind,
        prompt: question.prompt,
        options: d.optionIds.map((id) => ({ id, text: options.get(id)?.text ?? { en: '', zh: '' } })),
      };
    }),
  };
}
