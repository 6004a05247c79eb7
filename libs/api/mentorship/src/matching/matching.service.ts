import { Injectable } from '@nestjs/common';
import { type Principal } from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import type { CohortProposalDto, MentorSuggestionDto } from '@cadre/shared/contracts';
import { PairingsRepository } from '../pairings/pairings.repository';
import { assignCohort } from './cohort-assignment';
import { ineligibility, matchScore, type MenteeFacts, type MentorFacts } from './match-score';
import { MatchingFactsRepository, type PersonNames } from './matching-facts.repository';

/** Suggestions shown for one mentee. */
const SUGGESTIONS = 10;
/** Other mentors offered per mentee when changing a cohort proposal by hand. */
const OPTIONS_PER_MENTEE = 8;

/** Mentors ranked for a mentee, and the best assignment for a whole cohort. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly facts: MatchingFactsRepository,
    private readonly pairings: PairingsRepository,
    private readonly access: EmployeeAccess,
  ) {}

  async suggestions(principal: Principal, menteeId: string): Promise<MentorSuggestionDto[]> {
    await this.access.assertCanSee(principal, menteeId);
    const [mentees, mentors] = await Promise.all([
      this.facts.mentees([menteeId]),
      this.facts.mentors({ activeOnly: true }),
    ]);
    const mentee = mentees.get(menteeId);
    if (!mentee) return [];
    return [...mentors.values()]
      .filter((mentor) => ineligibility(mentee, mentor) === null)
      .map((mentor) => {
        const { tenths, parts } = matchScore(mentee, mentor);
        return {
          mentor: namesOf(mentor),
          score: tenths / 10,
          parts,
          remaining: mentor.capacity - mentor.load,
          crossUnit: mentor.orgUnitId !== mentee.orgUnitId,
        };
      })
      .sort((a, b) => b.score - a.score || a.mentor.fullName.localeCompare(b.mentor.fullName))
      .slice(0, SUGGESTIONS);
  }

  /**
   * The optimal proposal for a cohort: nothing is stored; the caller accepts it (as is or
   * edited) through the pairings, or discards it. Mentees with a mentor already are left out.
   */
  async proposeCohort(principal: Principal, menteeIds: string[]): Promise<CohortProposalDto> {
    const unique = [...new Set(menteeIds)];
    await this.assertCanSeeAll(principal, unique);
    const [mentees, mentors, mentored] = await Promise.all([
      this.facts.mentees(unique),
      this.facts.mentors({ activeOnly: true }),
      this.pairings.menteesWithOpenPairing(unique),
    ]);
    const cohort = unique.flatMap((id) => {
      const m = mentees.get(id);
      return m && !mentored.has(id) ? [m] : [];
    });
    const pool = [...mentors.values()].filter((m) => m.load < m.capacity);
    const scores = cohort.map((mentee) =>
      pool.map((mentor) => (ineligibility(mentee, mentor) === null ? matchScore(mentee, mentor) : null)),
    );
    const solution = assignCohort({
      menteeCount: cohort.length,
      mentorPlaces: pool.map((m) => m.capacity - m.load),
      score: (i, j) => scores[i][j]?.tenths ?? null,
    });
    return {
      pairs: cohort.map((mentee, i) => {
        const j = solution.mentorOf[i];
        const mentor = j >= 0 ? pool[j] : null;
        const score = j >= 0 ? scores[i][j] : null;
        return {
          menteeId: mentee.employeeId,
          menteeName: mentee.fullName,
          mentorId: mentor?.employeeId ?? null,
          mentorName: mentor?.fullName ?? null,
          score: (score?.tenths ?? 0) / 10,
          parts: score?.parts ?? [],
        };
      }),
      skipped: unique
        .filter((id) => mentored.has(id))
        .map((id) => ({
          menteeId: id,
          menteeName: mentees.get(id)?.fullName ?? id,
          reason: 'has_mentor' as const,
        })),
      total: solution.total / 10,
      // The best few mentors for each mentee (and the proposed one), to change a pair by hand.
      options: cohort.flatMap((mentee, i) =>
        pool
          .flatMap((mentor, j) => {
            const s = scores[i][j];
            return s ? [{ mentor, j, tenths: s.tenths }] : [];
          })
          .sort((a, b) => b.tenths - a.tenths)
          .filter((o, rank) => rank < OPTIONS_PER_MENTEE || o.j === solution.mentorOf[i])
          .map(({ mentor, tenths }) => ({
            menteeId: mentee.employeeId,
            mentorId: mentor.employeeId,
            mentorName: mentor.fullName,
            score: tenths / 10,
            remaining: mentor.capacity - mentor.load,
          })),
      ),
    };
  }

  private async assertCanSeeAll(principal: Principal, ids: string[]): Promise<void> {
    const visible = await this.access.visibleEmployees(principal);
    if (visible.all) return;
    const allowed = new Set(visible.ids);
    // One check answers 404/403 properly for the first one outside.
    const outside = ids.find((id) => !allowed.has(id));
    if (outside) await this.access.assertCanSee(principal, outside);
  }
}

function namesOf(person: (MentorFacts | MenteeFacts) & PersonNames) {
  return {
    employeeId: person.employeeId,
    fullName: person.fullName,
    jobTitle: person.jobTitle,
    orgUnitName: person.orgUnitName,
  };
}
