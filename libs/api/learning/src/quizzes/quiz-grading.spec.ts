import fc from 'fast-check';
import type { QuizQuestion } from '@cadre/shared/contracts';
import { drawQuestions, type RandomBelow } from './quiz-draw';
import { answerProblems, gradeAttempt, type Answers } from './quiz-grading';

const text = { en: 'x', zh: 'x' };

/** A question bank of 1-12 questions of every kind, each with a valid key. */
const bankArbitrary = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('single' as const), options: fc.integer({ min: 2, max: 6 }) }),
      fc.record({ kind: fc.constant('multiple' as const), options: fc.integer({ min: 2, max: 6 }) }),
      fc.record({ kind: fc.constant('true-false' as const), options: fc.constant(2) }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .chain((shapes) =>
    fc.tuple(
      ...shapes.map((shape, q) =>
        (shape.kind === 'multiple'
          ? fc.uniqueArray(fc.integer({ min: 0, max: shape.options - 1 }), {
              minLength: 1,
              maxLength: shape.options,
            })
          : fc.integer({ min: 0, max: shape.options - 1 }).map((i) => [i])
        ).map((correct): QuizQuestion => ({
          id: `q${q}`,
          kind: shape.kind,
          prompt: text,
          feedback: text,
          options: Array.from({ length: shape.options }, (_, o) => ({
            id: `q${q}o${o}`,
            text,
            correct: correct.includes(o),
          })),
        })),
      ),
    ),
  );

/** A small seeded generator, so a failing shuffle can be replayed. */
const seededRandom = (seed: number): RandomBelow => {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % below;
  };
};

const mapOf = (bank: QuizQuestion[]) => new Map(bank.map((q) => [q.id, q]));
const keyOf = (bank: QuizQuestion[]): Answers =>
  Object.fromEntries(bank.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));

describe('quiz grading', () => {
  it('never changes a grade for shuffling: any draw order and option order grades the same answers alike', () => {
    fc.assert(
      fc.property(bankArbitrary, fc.integer(), fc.integer(), fc.func(fc.boolean()), (bank, s1, s2, pick) => {
        // Some answer per question (right or not), fixed before either draw.
        const answers: Answers = Object.fromEntries(
          bank.map((q) => [q.id, q.options.filter((o) => pick(q.id, o.id)).map((o) => o.id)]),
        );
        const first = drawQuestions(bank, bank.length, seededRandom(s1));
        const second = drawQuestions(bank, bank.length, seededRandom(s2));
        const a = gradeAttempt(mapOf(bank), first, answers, 80);
        const b = gradeAttempt(mapOf(bank), second, answers, 80);
        expect(a.scorePercent).toBe(b.scorePercent);
        expect(a.passed).toBe(b.passed);
      }),
    );
  });

  it('always passes a full-marks attempt, whatever the pass mark and the draw', () => {
    fc.assert(
      fc.property(
        bankArbitrary,
        fc.integer({ min: 1, max: 100 }),
        fc.integer(),
        fc.integer({ min: 1, max: 12 }),
        (bank, mark, seed, count) => {
          const drawn = drawQuestions(bank, count, seededRandom(seed));
          const grade = gradeAttempt(mapOf(bank), drawn, keyOf(bank), mark);
          expect(grade.scorePercent).toBe('100.00');
          expect(grade.passed).toBe(true);
          expect(
            answerProblems(
              mapOf(bank),
              drawn,
              drawn.map((d) => ({ questionId: d.questionId, optionIds: keyOf(bank)[d.questionId] ?? [] })),
            ),
          ).toEqual([]);
        },
      ),
    );
  });

  it('draws each question at most once and keeps every option of each', () => {
    fc.assert(
      fc.property(bankArbitrary, fc.integer(), fc.integer({ min: 1, max: 20 }), (bank, seed, count) => {
        const drawn = drawQuestions(bank, count, seededRandom(seed));
        expect(drawn).toHaveLength(Math.min(count, bank.length));
        expect(new Set(drawn.map((d) => d.questionId)).size).toBe(drawn.length);
        for (const d of drawn) {
          const question = mapOf(bank).get(d.questionId);
          expect([...d.optionIds].sort()).toEqual(question?.options.map((o) => o.id).sort());
        }
      }),
    );
  });

  it('gives no partial marks: one wrong option more or one right option fewer makes the question wrong', () => {
    const question: QuizQuestion = {
      id: 'q',
      kind: 'multiple',
      prompt: text,
      feedback: text,
      options: [
        { id: 'a', text, correct: true },
        { id: 'b', text, correct: true },
        { id: 'c', text, correct: false },
      ],
    };
    const drawn = [{ questionId: 'q', optionIds: ['a', 'b', 'c'] }];
    const grade = (chosen: string[]) =>
      gradeAttempt(mapOf([question]), drawn, { q: chosen }, 50).scorePercent;
    expect(grade(['a', 'b'])).toBe('100.00');
    expect(grade(['a'])).toBe('0.00');
    expect(grade(['a', 'b', 'c'])).toBe('0.00');
    expect(grade([])).toBe('0.00');
  });

  it('rounds the score down to two decimals and compares the pass mark with the exact share', () => {
    const bank = [0, 1, 2].map((i): QuizQuestion => ({
      id: `q${i}`,
      kind: 'single',
      prompt: text,
      feedback: text,
      options: [
        { id: `q${i}a`, text, correct: true },
        { id: `q${i}b`, text, correct: false },
      ],
    }));
    const drawn = bank.map((q) => ({ questionId: q.id, optionIds: q.options.map((o) => o.id) }));
    const twoOfThree = { q0: ['q0a'], q1: ['q1a'], q2: ['q2b'] };
    expect(gradeAttempt(mapOf(bank), drawn, twoOfThree, 66).scorePercent).toBe('66.66');
    expect(gradeAttempt(mapOf(bank), drawn, twoOfThree, 67).passed).toBe(false);
    expect(gradeAttempt(mapOf(bank), drawn, twoOfThree, 66).passed).toBe(true);
  });

  it('names each problem of a submission: a question not drawn, an unknown option, two options for one answer', () => {
    const bank: QuizQuestion[] = [
      {
        id: 'q1',
        kind: 'single',
        prompt: text,
        feedback: text,
        options: [
          { id: 'a', text, correct: true },
          { id: 'b', text, correct: false },
        ],
      },
      { id: 'q2', kind: 'true-false', prompt: text, feedback: text, options: [] },
    ];
    const drawn = [{ questionId: 'q1', optionIds: ['a', 'b'] }];
    expect(
      answerProblems(mapOf(bank), drawn, [
        { questionId: 'q1', optionIds: ['a', 'b'] },
        { questionId: 'q2', optionIds: [] },
        { questionId: 'q1', optionIds: ['zz'] },
      ]).map((p) => `${p.field} ${p.code}`),
    ).toEqual([
      'answers[0].optionIds too_many',
      'answers[1].questionId not_in_attempt',
      'answers[2].questionId listed_twice',
      'answers[2].optionIds[0] no_such_record',
    ]);
  });
});
