import Decimal from 'decimal.js';
import type { FieldError, QuestionResultDto, QuizQuestion } from '@cadre/shared/contracts';
import type { DrawnQuestion } from './quiz-draw';

/** The options chosen, per question id. */
export type Answers = Record<string, string[]>;

export interface Grade {
  /** Two decimals, "0.00" to "100.00". */
  scorePercent: string;
  passed: boolean;
  questions: QuestionResultDto[];
}

/**
 * The problems with a submission, as field errors: an answer to a question the attempt
 * did not draw, an option the question does not have, an option twice, or more than one
 * option for a single-choice or true/false question. A question left unanswered is not a
 * problem: it scores nothing.
 */
export function answerProblems(
  bank: ReadonlyMap<string, QuizQuestion>,
  drawn: readonly DrawnQuestion[],
  answers: readonly { questionId: string; optionIds: string[] }[],
): FieldError[] {
  const inAttempt = new Set(drawn.map((d) => d.questionId));
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  answers.forEach((answer, i) => {
    const field = `answers[${i}]`;
    const question = bank.get(answer.questionId);
    if (!inAttempt.has(answer.questionId) || !question) {
      problems.push({
        field: `${field}.questionId`,
        reason: 'is not a question of this attempt',
        code: 'not_in_attempt',
      });
      return;
    }
    if (seen.has(answer.questionId))
      problems.push({ field: `${field}.questionId`, reason: 'is answered twice', code: 'listed_twice' });
    seen.add(answer.questionId);
    const options = new Set(question.options.map((o) => o.id));
    if (new Set(answer.optionIds).size !== answer.optionIds.length)
      problems.push({ field: `${field}.optionIds`, reason: 'lists an option twice', code: 'listed_twice' });
    const unknown = answer.optionIds.findIndex((id) => !options.has(id));
    if (unknown >= 0)
      problems.push({
        field: `${field}.optionIds[${unknown}]`,
        reason: 'is not an option of this question',
        code: 'no_such_record',
      });
    if (question.kind !== 'multiple' && answer.optionIds.length > 1)
      problems.push({
        field: `${field}.optionIds`,
        reason: 'must be one option for this question',
        code: 'too_many',
        params: { max: 1 },
      });
  });
  return problems;
}

/**
 * Grades a valid submission: a question is right when exactly its correct options are
 * chosen (no partial marks), and the score is the share of drawn questions answered right.
 */
export function gradeAttempt(
  bank: ReadonlyMap<string, QuizQuestion>,
  drawn: readonly DrawnQuestion[],
  answers: Answers,
  passMarkPercent: number,
): Grade {
  const questions = drawn.map((d): QuestionResultDto => {
    const question = bank.get(d.questionId);
    if (!question) throw new Error(`question ${d.questionId} is not in the course version`);
    const correctOptionIds = question.options.filter((o) => o.correct).map((o) => o.id);
    const chosenOptionIds = answers[d.questionId] ?? [];
    const chosen = new Set(chosenOptionIds);
    return {
      questionId: d.questionId,
      correct: chosen.size === correctOptionIds.length && correctOptionIds.every((id) => chosen.has(id)),
      chosenOptionIds,
      correctOptionIds,
      feedback: question.feedback,
    };
  });
  const right = questions.filter((q) => q.correct).length;
  const score = drawn.length ? new Decimal(right).times(100).dividedBy(drawn.length) : new Decimal(0);
  return {
    scorePercent: score.toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2),
    passed: score.greaterThanOrEqualTo(passMarkPercent),
    questions,
  };
}
