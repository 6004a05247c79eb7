import type { CohortProposalDto } from '@cadre/shared/contracts';

/** Each mentee's chosen mentor (null: none), starting from the proposal. */
export type CohortChoice = ReadonlyMap<string, string | null>;

/** The total score of the pairs as chosen (a pair not among the options scores nothing). */
export function cohortScore(proposal: CohortProposalDto, choice: CohortChoice): number {
  let tenths = 0;
  for (const [menteeId, mentorId] of choice) {
    const option = proposal.options.find((o) => o.menteeId === menteeId && o.mentorId === mentorId);
    tenths += Math.round((option?.score ?? 0) * 10);
  }
  return tenths / 10;
}

/** Mentors given more mentees than they have room for, as chosen. */
export function cohortCapacityProblems(
  proposal: CohortProposalDto,
  choice: CohortChoice,
): { mentorId: string; mentorName: string; count: number; remaining: number }[] {
  const counts = new Map<string, number>();
  for (const mentorId of choice.values()) if (mentorId) counts.set(mentorId, (counts.get(mentorId) ?? 0) + 1);
  return [...counts.entries()].flatMap(([mentorId, count]) => {
    const option = proposal.options.find((o) => o.mentorId === mentorId);
    return option && count > option.remaining
      ? [{ mentorId, mentorName: option.mentorName, count, remaining: option.remaining }]
      : [];
  });
}

/**
 * Swaps the mentors of two mentees (a mentor dragged onto another row). Null when either
 * new pair is not allowed (not among the options: the mentee themselves, their manager).
 */
export function swapMentors(
  proposal: CohortProposalDto,
  choice: CohortChoice,
  fromMentee: string,
  toMentee: string,
): CohortChoice | null {
  if (fromMentee === toMentee) return choice;
  const a = choice.get(fromMentee) ?? null;
  const b = choice.get(toMentee) ?? null;
  const allowed = (menteeId: string, mentorId: string | null) =>
    mentorId === null || proposal.options.some((o) => o.menteeId === menteeId && o.mentorId === mentorId);
  if (!allowed(toMentee, a) || !allowed(fromMentee, b)) return null;
  return new Map(choice).set(fromMentee, b).set(toMentee, a);
}
