import { randomInt } from 'node:crypto';
import type { QuizQuestion } from '@cadre/shared/contracts';

/** A question as one attempt shows it: the options in this attempt's order. */
export interface DrawnQuestion {
  questionId: string;
  optionIds: string[];
}

/** A whole number from 0 up to (not including) `below`. */
export type RandomBelow = (below: number) => number;

/**
 * Draws `count` questions from the bank and shuffles each one's options (Fisher-Yates),
 * so no two attempts need look alike and the order says nothing about the answer.
 */
export function drawQuestions(
  bank: readonly QuizQuestion[],
  count: number,
  random: RandomBelow = randomInt,
): DrawnQuestion[] {
  return shuffle(bank, random)
    .slice(0, Math.min(count, bank.length))
    .map((q) => ({
      questionId: q.id,
      // True/false reads best as "true" then "false"; shuffling it would only confuse.
      optionIds:
        q.kind === 'true-false' ? q.options.map((o) => o.id) : shuffle(q.options, random).map((o) => o.id),
    }));
}

export function shuffle<T>(items: readonly T[], random: RandomBelow): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
