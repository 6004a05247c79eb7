import type { CohortProposalDto } from '@cadre/shared/contracts';

/** Each mentee's chosen mentor (null: none), starting from the proposal. */
export type CohortChoice = ReadonlyMap<string, string | null>;

type CohortOption = CohortProposalDto['options'][number];

interface OptionIndex {
  byMentee: Map<string, CohortOption[]>;
  pair: Map<string, CohortOption>;
  byMentor: Map<string, CohortOption>;
}

/** Built once per proposal: a cohort of 500 has thousands of options, read on every change. */
const indexes = new WeakMap<CohortProposalDto, OptionIndex>();

function indexOf(proposal: CohortProposalDto): OptionIndex {
  let index = indexes.get(proposal);
  if (!index) {
    index = { byMentee: new Map(), pair: new Map(), byMentor: new Map() };
    for (const o of proposal.options) {
      index.byMentee.set(o.menteeId, [...(index.byMentee.get(o.menteeId) ?? []), o]);
      index.pair.set(`${o.menteeId}:${o.mentorId}`, o);
      if (!index.byMentor.has(o.mentorId)) index.byMentor.set(o.mentorId, o);
    }
    indexes.set(proposal, index);
  }
  return index;
}

/** The mentors offered for one mentee, best first. */
export function optionsFor(proposal: CohortProposalDto, menteeId: string): readonly CohortOption[] {
  return indexOf(proposal).byMentee.get(menteeId) ?? [];
}

/** The option pairing this mentee with this mentor, if it is allowed. */
export function optionOf(
  proposal: CohortProposalDto,
  menteeId: string,
  mentorId: string | null,
): CohortOption | undefined {
  return mentorId === null ? undefined : indexOf(proposal).pair.get(`${menteeId}:${mentorId}`);
}

/** The total score of the pairs as chosen (a pair not among the options scores nothing). */
export function cohortScore(proposal: CohortProposalDto, choice: CohortChoice): number {
  let tenths = 0;
  for (const [menteeId, mentorId] of choice)
    tenths += Math.round((optionOf(proposal, menteeId, mentorId)?.score ?? 0) * 10);
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
    const option = indexOf(proposal).byMentor.get(mentorId);
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
    mentorId === null || optionOf(proposal, menteeId, mentorId) !== undefined;
  if (!allowed(toMentee, a) || !allowed(fromMentee, b)) return null;
  return new Map(choice).set(fromMentee, b).set(toMentee, a);
}
