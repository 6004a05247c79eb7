import type { CohortProposalDto } from '@cadre/shared/contracts';
import { cohortCapacityProblems, cohortScore, swapMentors } from './cohort-choice';

const option = (menteeId: string, mentorId: string, score: number, remaining = 1) => ({
  menteeId,
  mentorId,
  mentorName: mentorId.toUpperCase(),
  score,
  remaining,
});

const proposal: CohortProposalDto = {
  pairs: [],
  skipped: [],
  total: 150.5,
  options: [
    option('ann', 'x', 90.2),
    option('ann', 'y', 60),
    option('bob', 'x', 80),
    option('bob', 'y', 60.3),
    // Cai may not have Y (Y is her manager): no option.
    option('cai', 'x', 70),
  ],
};

describe('changing a cohort proposal', () => {
  const start = new Map<string, string | null>([
    ['ann', 'x'],
    ['bob', 'y'],
    ['cai', null],
  ]);

  it('adds up the chosen pairs in tenths, without floating-point drift', () => {
    expect(cohortScore(proposal, start)).toBe(150.5);
    expect(cohortScore(proposal, new Map([['ann', 'y']]))).toBe(60);
  });

  it('swaps two mentees’ mentors when both new pairs are allowed', () => {
    const swapped = swapMentors(proposal, start, 'ann', 'bob');
    expect(swapped && [...swapped]).toEqual([
      ['ann', 'y'],
      ['bob', 'x'],
      ['cai', null],
    ]);
    expect(swapped && cohortScore(proposal, swapped)).toBe(140);
  });

  it('refuses a swap that would make a pair not allowed, and moves a mentor onto someone without one', () => {
    expect(swapMentors(proposal, start, 'cai', 'bob')).toBeNull(); // Y onto Cai: not allowed
    const moved = swapMentors(proposal, start, 'ann', 'cai');
    expect(moved && [...moved]).toEqual([
      ['ann', null],
      ['bob', 'y'],
      ['cai', 'x'],
    ]);
  });

  it('names a mentor given more mentees than they have room for', () => {
    const both = new Map([
      ['ann', 'x'],
      ['bob', 'x'],
    ]);
    expect(cohortCapacityProblems(proposal, both)).toEqual([
      { mentorId: 'x', mentorName: 'X', count: 2, remaining: 1 },
    ]);
    expect(cohortCapacityProblems(proposal, start)).toEqual([]);
  });
});
