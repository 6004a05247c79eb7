import { ineligibility, matchScore, type MenteeFacts, type MentorFacts } from './match-score';

const mentee: MenteeFacts = {
  employeeId: 'mentee',
  managerId: 'boss',
  orgUnitId: 'team-a',
  productLines: new Set(['cloud']),
  regions: new Set(['east']),
  segments: new Set<string>(),
  language: 'zh',
  hireDate: '2026-10-01',
  needs: [
    { competencyId: 'negotiation', currentLevel: 2, targetLevel: 4 },
    { competencyId: 'discovery', currentLevel: 3, targetLevel: 4 },
  ],
};

const mentor: MentorFacts = {
  employeeId: 'mentor',
  orgUnitId: 'team-b',
  productLines: new Set(['cloud']),
  regions: new Set(['west']),
  segments: new Set<string>(),
  languages: ['en', 'zh'],
  hireDate: '2021-10-01',
  strengths: new Map([
    ['negotiation', 3],
    ['discovery', 5],
  ]),
  capacity: 4,
  load: 1,
};

describe('match score', () => {
  it('shows every part, and the parts add up to the total', () => {
    const { tenths, parts } = matchScore(mentee, mentor);
    const byPart = Object.fromEntries(parts.map((p) => [p.part, p]));
    // Negotiation gap 2 half covered (1), discovery gap 1 fully covered (1): 2 of 3.
    expect(byPart['coverage'].points).toBe(33.3);
    expect(byPart['coverage'].detail).toEqual({ needs: 2, fullyCovered: 1 });
    expect(byPart['closeness'].points).toBe(8);
    expect(byPart['closeness'].detail).toEqual({ productLine: true, region: false, segment: false });
    expect(byPart['language'].points).toBe(10);
    expect(byPart['seniority'].points).toBe(10);
    expect(byPart['capacity'].points).toBe(7.5);
    expect(tenths).toBe(parts.reduce((s, p) => s + Math.round(p.points * 10), 0));
    expect(tenths).toBe(688);
  });

  it('gives no coverage when the mentee has no open needs, and none for strengths below their level', () => {
    expect(matchScore({ ...mentee, needs: [] }, mentor).parts[0].points).toBe(0);
    const weak = { ...mentor, strengths: new Map([['negotiation', 1]]) };
    expect(matchScore(mentee, weak).parts[0].points).toBe(0);
  });

  it('forbids the mentee themselves, their own manager and a full mentor', () => {
    expect(ineligibility(mentee, { ...mentor, employeeId: 'mentee' })).toBe('self_pairing');
    expect(ineligibility(mentee, { ...mentor, employeeId: 'boss' })).toBe('own_manager');
    expect(ineligibility(mentee, { ...mentor, load: 4 })).toBe('over_capacity');
    expect(ineligibility(mentee, mentor)).toBeNull();
  });

  it('gives a newer colleague no seniority points', () => {
    const junior = { ...mentor, hireDate: '2026-11-01' };
    expect(matchScore(mentee, junior).parts.find((p) => p.part === 'seniority')?.points).toBe(0);
  });
});
