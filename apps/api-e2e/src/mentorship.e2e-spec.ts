import type { DataSource } from 'typeorm';
import {
  createCompetency,
  createEmployee,
  createRoleProfile,
  createUser,
  type EmployeeRow,
  type TestOrganisation,
} from '@cadre/api/testing';
import {
  api,
  bearer,
  connectDatabase,
  organisationWithTokens,
  tokenFor,
  type RoleTokens,
} from './support/api';

interface FieldProblem {
  field: string;
  code: string;
}
const problems = (body: { errors?: FieldProblem[] }) =>
  (body.errors ?? []).map((e) => `${e.field} ${e.code}`);

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('mentorship: profiles, explained matching, pairings, check-ins and the programme', () => {
  let db: DataSource;
  let tokens: RoleTokens;
  let org: TestOrganisation;
  let negotiation: string;
  let discovery: string;
  /** A senior colleague in the rep's own unit, and one in the other team (cross-unit). */
  let near: { employee: EmployeeRow; token: string };
  let far: { employee: EmployeeRow; token: string };

  const person = async (orgUnitId: string, hireDate: string, managerId: string | null = null) => {
    const employee = await createEmployee(db, { orgUnitId, hireDate, managerId });
    const user = await createUser(db, {
      roles: ['rep'],
      employeeId: employee.id,
      displayName: employee.fullName,
    });
    return { employee: { ...employee, userId: user.id }, token: await tokenFor(user.email) };
  };
  const need = (employeeId: string, competencyId: string, current: number, target: number) =>
    db.query(
      `insert into development_needs (employee_id, competency_id, current_level, target_level, gap, source)
       values ($1, $2, $3, $4, $5, 'hire')`,
      [employeeId, competencyId, current, target, target - current],
    );
  const evidence = (employeeId: string, competencyId: string, level: number) =>
    db.query(
      `insert into competency_evidence (employee_id, competency_id, level, source_kind, source_label)
       values ($1, $2, $3, 'course', 'A course')`,
      [employeeId, competencyId, level],
    );
  const optIn = (token: string, employeeId: string, body: object) =>
    api().put(`/api/mentorship/mentors/${employeeId}`).set(bearer(token)).send(body);
  const pair = (token: string, menteeId: string, mentorId: string) =>
    api().post('/api/mentorship/pairings').set(bearer(token)).send({ menteeId, mentorId });
  const pairingCount = async () =>
    (await db.query(`select count(*)::int as n from mentorship_pairings`))[0].n as number;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
    negotiation = (await createCompetency(db)).id;
    discovery = (await createCompetency(db)).id;
    near = await person(org.myTeam.id, '2019-03-01', org.manager.employee.id);
    far = await person(org.otherTeam.id, '2018-06-01');
    await evidence(near.employee.id, negotiation, 4);
    await need(org.rep.employee.id, negotiation, 2, 4);
    await need(org.rep.employee.id, discovery, 3, 4);
  });
  afterAll(() => db.destroy());

  it('opts a mentor in with strengths from their evidence; a different level needs a reason', async () => {
    const me = await api().get('/api/mentorship/me').set(bearer(near.token));
    expect(me.status).toBe(200);
    expect(me.body.profile).toBeNull();
    expect(me.body.evidence).toEqual([expect.objectContaining({ competencyId: negotiation, level: 4 })]);

    const base = { capacity: 2, languages: ['en', 'zh'], availability: 'Tuesday mornings', active: true };
    const unexplained = await optIn(near.token, near.employee.id, {
      ...base,
      strengths: [
        { competencyId: negotiation, level: 4 },
        { competencyId: discovery, level: 5 },
      ],
    });
    expect(unexplained.status).toBe(400);
    expect(problems(unexplained.body)).toEqual(['strengths[1].reason reason_required']);
    expect(
      (
        await db.query(`select count(*)::int as n from mentor_profiles where employee_id = $1`, [
          near.employee.id,
        ])
      )[0].n,
    ).toBe(0);

    const saved = await optIn(near.token, near.employee.id, {
      ...base,
      strengths: [
        { competencyId: negotiation, level: 4, reason: 'ignored: the evidence shows it' },
        { competencyId: discovery, level: 5, reason: 'Ran discovery workshops for five years' },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ capacity: 2, load: 0, nominatedBy: 'self', active: true });
    expect(saved.body.strengths).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ competencyId: negotiation, level: 4, evidenceLevel: 4, reason: null }),
        expect.objectContaining({
          competencyId: discovery,
          level: 5,
          evidenceLevel: null,
          reason: 'Ran discovery workshops for five years',
        }),
      ]),
    );
  });

  it('lets HR nominate someone, and no one else nominate another', async () => {
    const body = {
      capacity: 3,
      languages: ['zh'],
      availability: '',
      active: true,
      strengths: [{ competencyId: negotiation, level: 3, reason: 'Top negotiator in the segment' }],
    };
    expect((await optIn(tokens.rep, far.employee.id, body)).status).toBe(403);
    expect((await optIn(tokens.manager, far.employee.id, body)).status).toBe(403);
    const nominated = await optIn(tokens.hr, far.employee.id, body);
    expect(nominated.status).toBe(200);
    expect(nominated.body.nominatedBy).toBe('hr');
    const bad = await optIn(tokens.hr, far.employee.id, { ...body, capacity: 0, languages: ['fr'] });
    expect(bad.status).toBe(400);
    expect(problems(bad.body).sort()).toEqual(['capacity too_small', 'languages one_of'].sort());
  });

  it('ranks mentors for a mentee with every part of the score shown, never their own manager', async () => {
    // The manager mentors too, so the rule is tested, not the pool's absence.
    await optIn(tokens.hr, org.manager.employee.id, {
      capacity: 3,
      languages: ['en'],
      availability: '',
      active: true,
      strengths: [{ competencyId: negotiation, level: 5, reason: 'Former top seller' }],
    });
    const res = await api()
      .get(`/api/mentorship/suggestions/${org.rep.employee.id}`)
      .set(bearer(tokens.manager));
    expect(res.status).toBe(200);
    const ids = res.body.map((s: { mentor: { employeeId: string } }) => s.mentor.employeeId);
    expect(ids).toContain(near.employee.id);
    expect(ids).toContain(far.employee.id);
    expect(ids).not.toContain(org.manager.employee.id);
    for (const s of res.body as { score: number; parts: { points: number; max: number }[] }[]) {
      expect(s.parts.map((p) => p.max)).toEqual([50, 20, 10, 10, 10]);
      expect(Math.round(s.parts.reduce((sum, p) => sum + p.points, 0) * 10)).toBe(Math.round(s.score * 10));
    }
    // Near covers both needs fully and sits in the same product line: first.
    expect(res.body[0].mentor.employeeId).toBe(near.employee.id);
    expect(res.body[0].parts[0]).toMatchObject({
      part: 'coverage',
      points: 50,
      detail: { needs: 2, fullyCovered: 2 },
    });
    expect(res.body[0].crossUnit).toBe(false);

    expect(
      (await api().get(`/api/mentorship/suggestions/${org.rep.employee.id}`).set(bearer(tokens.rep))).status,
    ).toBe(403);
    expect(
      (await api().get(`/api/mentorship/suggestions/${org.otherRep.employee.id}`).set(bearer(tokens.manager)))
        .status,
    ).toBe(403);
  });

  it('refuses a self-pairing, the own manager, a non-mentor and a mentee outside the subtree, changing nothing', async () => {
    const before = await pairingCount();
    const self = await pair(tokens.hr, near.employee.id, near.employee.id);
    expect(self.status).toBe(400);
    expect(problems(self.body)).toEqual(['mentorId self_pairing']);
    const boss = await pair(tokens.hr, org.rep.employee.id, org.manager.employee.id);
    expect(boss.status).toBe(400);
    expect(problems(boss.body)).toEqual(['mentorId own_manager']);
    const nobody = await pair(tokens.hr, org.rep.employee.id, org.otherRep.employee.id);
    expect(problems(nobody.body)).toEqual(['mentorId not_a_mentor']);
    expect((await pair(tokens.manager, org.otherRep.employee.id, near.employee.id)).status).toBe(403);
    expect((await pair(tokens.rep, org.rep.employee.id, near.employee.id)).status).toBe(403);
    expect(await pairingCount()).toBe(before);
  });

  let pairingId: string;

  it('pairs within the unit at once; fifty identical requests make one pairing', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () => pair(tokens.manager, org.rep.employee.id, near.employee.id)),
    );
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'has_mentor')).toBe(true);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    pairingId = created[0].body.id;
    expect(created[0].body).toMatchObject({
      status: 'active',
      crossUnit: false,
      startedOn: today(),
      firstMonthCadenceDays: 7,
      cadenceDays: 14,
      myPart: 'manager',
    });
    // Both sides are told, each in their own inbox.
    for (const token of [near.token, tokens.rep]) {
      const inbox = await api().get('/api/notifications').set(bearer(token));
      expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toContain('mentorship.assigned');
    }
  });

  it('keeps a mentor within capacity, however the requests arrive', async () => {
    // Near has 2 places and 1 taken: of three new mentees asking at once, one gets in.
    const mentees = await Promise.all(
      [1, 2, 3].map(() => person(org.myTeam.id, daysAgo(10), org.manager.employee.id)),
    );
    const results = await Promise.all(mentees.map((m) => pair(tokens.hr, m.employee.id, near.employee.id)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual([
      'over_capacity',
      'over_capacity',
    ]);
    const load = await db.query(
      `select count(*)::int as n from mentorship_pairings where mentor_id = $1 and status in ('proposed', 'active', 'paused')`,
      [near.employee.id],
    );
    expect(load[0].n).toBe(2);
  });

  it('asks a mentor in another unit to accept; only they may', async () => {
    const newcomer = await person(org.myTeam.id, daysAgo(5), org.manager.employee.id);
    const proposed = await pair(tokens.manager, newcomer.employee.id, far.employee.id);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', crossUnit: true, startedOn: null });
    const act = (token: string, action: string, reason?: string) =>
      api()
        .post(`/api/mentorship/pairings/${proposed.body.id}/actions`)
        .set(bearer(token))
        .send({ action, reason });
    expect((await act(newcomer.token, 'accept')).status).toBe(403);
    expect((await act(tokens.manager, 'accept')).status).toBe(403);
    const accepted = await act(far.token, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'active', startedOn: today(), myPart: 'mentor' });
    expect((await act(far.token, 'accept')).status).toBe(409);
    const noReason = await act(newcomer.token, 'decline');
    expect(problems(noReason.body)).toEqual(['reason reason_required']);
    const declined = await act(newcomer.token, 'decline', 'We could not find a common time');
    expect(declined.body).toMatchObject({
      status: 'cancelled',
      statusReason: 'We could not find a common time',
      statusChangedBy: 'mentee',
    });
    // A check-in on a cancelled pairing changes nothing.
    const late = await api()
      .post(`/api/mentorship/pairings/${proposed.body.id}/check-ins`)
      .set(bearer(far.token))
      .send({ heldOn: today(), sharedNotes: 'Too late' });
    expect(late.status).toBe(409);
    expect(
      (
        await db.query(`select count(*)::int as n from mentorship_check_ins where pairing_id = $1`, [
          proposed.body.id,
        ])
      )[0].n,
    ).toBe(0);
  });

  it('logs a check-in with goal progress; the private notes reach no one but their author', async () => {
    const withGoal = await api()
      .post(`/api/mentorship/pairings/${pairingId}/goals`)
      .set(bearer(near.token))
      .send({ title: 'Lead a price negotiation', competencyId: negotiation, targetDate: daysAgo(-60) });
    expect(withGoal.status).toBe(201);
    const goalId = withGoal.body.goals[0].id as string;

    const secret = 'Worried about confidence with procurement';
    const logged = await api()
      .post(`/api/mentorship/pairings/${pairingId}/check-ins`)
      .set(bearer(near.token))
      .send({
        heldOn: today(),
        sharedNotes: 'Walked through the Zhang account',
        privateNotes: secret,
        goals: [{ goalId, progress: 40 }],
      });
    expect(logged.status).toBe(201);
    expect(logged.body.checkIns[0]).toMatchObject({
      sharedNotes: 'Walked through the Zhang account',
      privateNotes: secret,
    });
    expect(logged.body.goals[0].progress).toBe(40);
    expect(logged.body.nextCheckInOn).toBe(daysAgo(-7));
    expect(logged.body.checkInCount).toBe(1);

    for (const token of [tokens.rep, tokens.manager, tokens.hr, tokens.admin]) {
      const seen = await api().get(`/api/mentorship/pairings/${pairingId}`).set(bearer(token));
      expect(seen.status).toBe(200);
      expect(seen.body.checkIns[0].privateNotes).toBeNull();
      expect(JSON.stringify(seen.body)).not.toContain(secret);
    }
    const audit = await db.query(`select count(*)::int as n from audit_log where after::text like $1`, [
      `%${secret}%`,
    ]);
    expect(audit[0].n).toBe(0);

    // The same day again, a future day, another pairing's goal, a manager logging: refused.
    const again = await api()
      .post(`/api/mentorship/pairings/${pairingId}/check-ins`)
      .set(bearer(tokens.rep))
      .send({ heldOn: today(), sharedNotes: 'Again' });
    expect(again.status).toBe(409);
    const future = await api()
      .post(`/api/mentorship/pairings/${pairingId}/check-ins`)
      .set(bearer(tokens.rep))
      .send({ heldOn: daysAgo(-3), sharedNotes: 'Future' });
    expect(problems(future.body)).toEqual(['heldOn too_large']);
    const foreign = await api()
      .post(`/api/mentorship/pairings/${pairingId}/check-ins`)
      .set(bearer(tokens.rep))
      .send({
        heldOn: today(),
        sharedNotes: 'x',
        goals: [{ goalId: '00000000-0000-4000-8000-000000000000', progress: 10 }],
      });
    expect(problems(foreign.body)).toEqual(['goals[0].goalId no_such_record']);
    expect(
      (
        await api()
          .post(`/api/mentorship/pairings/${pairingId}/check-ins`)
          .set(bearer(tokens.manager))
          .send({ heldOn: today(), sharedNotes: 'Manager' })
      ).status,
    ).toBe(403);
    expect(
      (
        await db.query(`select count(*)::int as n from mentorship_check_ins where pairing_id = $1`, [
          pairingId,
        ])
      )[0].n,
    ).toBe(1);
  });

  it('moves the next meeting with the cadence, clears it while paused, and refuses a goal dated in the past', async () => {
    const url = `/api/mentorship/pairings/${pairingId}`;
    const cadence = await api()
      .put(`${url}/cadence`)
      .set(bearer(near.token))
      .send({ firstMonthCadenceDays: 10, cadenceDays: 21 });
    expect(cadence.status).toBe(200);
    // Counted from today's check-in, still in the first month: ten days on.
    expect(cadence.body.nextCheckInOn).toBe(daysAgo(-10));
    expect(
      (
        await api()
          .put(`${url}/cadence`)
          .set(bearer(tokens.rep))
          .send({ firstMonthCadenceDays: 3, cadenceDays: 3 })
      ).status,
    ).toBe(403);
    const paused = await api()
      .post(`${url}/actions`)
      .set(bearer(tokens.manager))
      .send({ action: 'pause', reason: 'Parental leave' });
    expect(paused.body).toMatchObject({
      status: 'paused',
      nextCheckInOn: null,
      statusReason: 'Parental leave',
      statusChangedBy: 'manager',
    });
    const resumed = await api().post(`${url}/actions`).set(bearer(tokens.manager)).send({ action: 'resume' });
    expect(resumed.body).toMatchObject({ status: 'active', nextCheckInOn: daysAgo(-10) });
    const past = await api()
      .post(`${url}/goals`)
      .set(bearer(near.token))
      .send({ title: 'Too late', targetDate: daysAgo(1) });
    expect(problems(past.body)).toEqual(['targetDate too_small']);
    // The profile form lists the competencies a strength may name, for a rep too.
    const form = await api().get(`/api/mentorship/mentors/${org.rep.employee.id}`).set(bearer(tokens.rep));
    expect(form.status).toBe(200);
    expect(form.body.competencies.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([negotiation, discovery]),
    );
  });

  it('shows a rep only their own pairings, a manager their subtree’s', async () => {
    expect(
      (await api().get(`/api/mentorship/pairings/${pairingId}`).set(bearer(tokens.otherRep))).status,
    ).toBe(403);
    expect((await api().get('/api/mentorship/team').set(bearer(tokens.rep))).status).toBe(403);
    expect((await api().get('/api/mentorship/health').set(bearer(tokens.rep))).status).toBe(403);
    // A person's page: the mentoring section follows who may see the person.
    const onPage = await api()
      .get(`/api/mentorship/employees/${org.rep.employee.id}`)
      .set(bearer(tokens.manager));
    expect(onPage.status).toBe(200);
    expect(onPage.body.asMentee.map((p: { id: string }) => p.id)).toContain(pairingId);
    expect(JSON.stringify(onPage.body)).not.toContain('privateNotes');
    expect(
      (await api().get(`/api/mentorship/employees/${org.rep.employee.id}`).set(bearer(tokens.otherRep)))
        .status,
    ).toBe(403);
    const mine = await api().get('/api/mentorship/me').set(bearer(tokens.rep));
    expect(mine.body.asMentee.map((p: { id: string }) => p.id)).toEqual([pairingId]);
    const team = await api().get('/api/mentorship/team').set(bearer(tokens.manager));
    const names = team.body.map((r: { employeeId: string }) => r.employeeId);
    expect(names).toContain(org.rep.employee.id);
    expect(names).not.toContain(org.otherRep.employee.id);
    expect(
      team.body.find((r: { employeeId: string }) => r.employeeId === org.rep.employee.id).pairing.id,
    ).toBe(pairingId);
  });

  it('completes the first "meet your mentor" step at the first check-in', async () => {
    const mentee = await person(org.myTeam.id, daysAgo(3), org.manager.employee.id);
    const profile = await createRoleProfile(db);
    const [curriculum] = await db.query(
      `insert into curricula (role_profile_id, title_en, title_zh, sequential)
       values ($1, 'Onboarding', '入职', false) returning id`,
      [profile.id],
    );
    const [item] = await db.query(
      `insert into curriculum_items (curriculum_id, position, kind, task_title_en, task_title_zh, due_offset_days, required)
       values ($1, 0, 'mentor', 'Meet your mentor', '认识你的导师', 7, true) returning id`,
      [curriculum.id],
    );
    const [assignment] = await db.query(
      `insert into curriculum_assignments (employee_id, curriculum_id, start_date, origin)
       values ($1, $2, $3, 'assigned') returning id`,
      [mentee.employee.id, curriculum.id, daysAgo(3)],
    );
    const paired = await pair(tokens.hr, mentee.employee.id, far.employee.id);
    expect(paired.status).toBe(201);
    await api()
      .post(`/api/mentorship/pairings/${paired.body.id}/actions`)
      .set(bearer(far.token))
      .send({ action: 'accept' });
    const logged = await api()
      .post(`/api/mentorship/pairings/${paired.body.id}/check-ins`)
      .set(bearer(mentee.token))
      .send({ heldOn: today(), sharedNotes: 'We met' });
    expect(logged.status).toBe(201);
    const signed = await db.query(
      `select signed_off_at::date::text as on from curriculum_task_sign_offs where assignment_id = $1 and item_id = $2`,
      [assignment.id, item.id],
    );
    expect(signed).toEqual([{ on: today() }]);
  });

  it('takes feedback once from each side, and only when the pairing is completed', async () => {
    const give = (token: string) =>
      api()
        .post(`/api/mentorship/pairings/${pairingId}/feedback`)
        .set(bearer(token))
        .send({ rating: 5, text: 'Very useful' });
    expect((await give(tokens.rep)).status).toBe(409);
    const done = await api()
      .post(`/api/mentorship/pairings/${pairingId}/actions`)
      .set(bearer(tokens.manager))
      .send({ action: 'complete' });
    expect(done.body).toMatchObject({ status: 'completed', endedOn: today(), nextCheckInOn: null });
    expect((await give(tokens.rep)).status).toBe(201);
    expect((await give(tokens.rep)).status).toBe(409);
    expect((await give(tokens.manager)).status).toBe(403);
    const bad = await api()
      .post(`/api/mentorship/pairings/${pairingId}/feedback`)
      .set(bearer(near.token))
      .send({ rating: 6, text: '' });
    expect(problems(bad.body)).toEqual(['rating too_large']);
    const mentorSide = await give(near.token);
    expect(mentorSide.body.feedback.map((f: { from: string }) => f.from).sort()).toEqual([
      'mentee',
      'mentor',
    ]);
  });

  it('proposes the optimal cohort assignment, then makes every pair or none', async () => {
    const cohort = await Promise.all(
      [1, 2].map(() => person(org.myTeam.id, daysAgo(2), org.manager.employee.id)),
    );
    await need(cohort[0].employee.id, negotiation, 1, 3);
    const proposal = await api()
      .post('/api/mentorship/cohort-proposals')
      .set(bearer(tokens.hr))
      .send({ menteeIds: [...cohort.map((c) => c.employee.id), org.rep.employee.id] });
    expect(proposal.status).toBe(200);
    expect(proposal.body.pairs).toHaveLength(3);
    for (const p of proposal.body.pairs) expect(p.mentorId).not.toBeNull();
    expect(proposal.body.total).toBeCloseTo(
      proposal.body.pairs.reduce((s: number, p: { score: number }) => s + p.score, 0),
      5,
    );
    const pairs = proposal.body.pairs.map((p: { menteeId: string; mentorId: string }) => ({
      menteeId: p.menteeId,
      mentorId: p.mentorId,
    }));
    // One refused pair (a self-pairing) refuses them all.
    const before = await pairingCount();
    const refused = await api()
      .post('/api/mentorship/cohorts')
      .set(bearer(tokens.hr))
      .send({ pairs: [...pairs, { menteeId: far.employee.id, mentorId: far.employee.id }] });
    expect(refused.status).toBe(400);
    expect(problems(refused.body)).toEqual(['pairs[3].mentorId self_pairing']);
    expect(await pairingCount()).toBe(before);
    const accepted = await api().post('/api/mentorship/cohorts').set(bearer(tokens.hr)).send({ pairs });
    expect(accepted.status).toBe(201);
    expect(accepted.body.pairingIds).toHaveLength(3);
    const again = await api()
      .post('/api/mentorship/cohort-proposals')
      .set(bearer(tokens.hr))
      .send({ menteeIds: cohort.map((c) => c.employee.id) });
    expect(again.body.pairs).toEqual([]);
    expect(again.body.skipped.map((s: { reason: string }) => s.reason)).toEqual(['has_mentor', 'has_mentor']);
    expect(
      (await api().post('/api/mentorship/cohort-proposals').set(bearer(tokens.rep)).send({ menteeIds: [] }))
        .status,
    ).toBe(403);
  });

  it('reports programme health with mentor load', async () => {
    const res = await api().get('/api/mentorship/health').set(bearer(tokens.hr));
    expect(res.status).toBe(200);
    expect(res.body.activePairs).toBeGreaterThanOrEqual(1);
    const nearLoad = res.body.mentorLoad.find(
      (l: { employeeId: string }) => l.employeeId === near.employee.id,
    );
    expect(nearLoad).toBeDefined();
    expect(nearLoad.load).toBeLessThanOrEqual(nearLoad.capacity);
    const scoped = await api().get('/api/mentorship/health').set(bearer(tokens.manager));
    expect(scoped.status).toBe(200);
    expect(scoped.body.activePairs).toBeLessThanOrEqual(res.body.activePairs);
  });
});
