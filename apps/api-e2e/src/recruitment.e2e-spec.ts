import type { DataSource } from 'typeorm';
import {
  createEmployee,
  createRoleProfile,
  createUser,
  TEST_PASSWORD,
  type RoleProfileRow,
  type TestOrganisation,
} from '@cadre/api/testing';
import {
  api,
  bearer,
  connectDatabase,
  freshAddress,
  organisationWithTokens,
  tokenFor,
  type RoleTokens,
} from './support/api';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\nstartxref\n9\n%%EOF\n');

describe('recruitment', () => {
  let db: DataSource;
  let org: TestOrganisation;
  let tokens: RoleTokens;
  let profile: RoleProfileRow;
  let otherManager: { token: string; userId: string };
  let seq = 0;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
    profile = await createRoleProfile(db);
    // A manager of another team: no part in this requisition.
    const employee = await createEmployee(db, { orgUnitId: org.otherTeam.id, jobTitle: 'Sales Manager' });
    const user = await createUser(db, { roles: ['manager'], employeeId: employee.id });
    otherManager = { token: await tokenFor(user.email), userId: user.id };
  });
  afterAll(() => db.destroy());

  const unique = () => `${Date.now()}-${++seq}`;
  const newRequisition = async (headcount = 1, status = 'open') => {
    const res = await api()
      .post('/api/requisitions')
      .set(bearer(tokens.hr))
      .send({
        title: `Account Executive ${unique()}`,
        roleProfileId: profile.id,
        orgUnitId: org.myTeam.id,
        hiringManagerId: org.manager.employee.id,
        headcount,
        status,
      });
    expect(res.status).toBe(201);
    return res.body as { id: string; roleProfileVersionId: string; status: string };
  };
  const newCandidate = async (name = 'Zhang Wei') => {
    const id = unique();
    const res = await api()
      .post('/api/candidates')
      .set(bearer(tokens.hr))
      .send({
        fullName: name,
        email: `cand-${id}@example.test`,
        phone: `+86 138 ${id.slice(-8)}`,
        source: 'referral',
        yearsExperience: '4.5',
        skills: ['negotiation'],
      });
    expect(res.status).toBe(201);
    return res.body as { id: string; email: string; phone: string };
  };
  const apply = async (requisitionId: string, candidateId: string) => {
    const res = await api()
      .post('/api/applications')
      .set(bearer(tokens.hr))
      .send({ requisitionId, candidateId });
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };
  const assign = (applicationId: string, userId: string) =>
    api().post(`/api/applications/${applicationId}/interviewers`).set(bearer(tokens.hr)).send({ userId });
  const ratings = (values: number[]) =>
    profile.competencies.map((c, i) => ({
      competencyId: c.id,
      rating: values[i] ?? 3,
      evidence: 'Told a convincing story',
    }));
  const score = (token: string, applicationId: string, values: number[], recommendation = 'yes') =>
    api()
      .put(`/api/applications/${applicationId}/scorecard`)
      .set(bearer(token))
      .send({ recommendation, summary: 'Solid', ratings: ratings(values) });

  describe('requisitions', () => {
    it("pins the profile's current version, and shows it to HR and its hiring manager only", async () => {
      const requisition = await newRequisition();
      expect(requisition.roleProfileVersionId).toBe(profile.versionId);
      expect(
        (await api().get(`/api/requisitions/${requisition.id}`).set(bearer(tokens.manager))).status,
      ).toBe(200);
      expect(
        (await api().get('/api/requisitions').set(bearer(tokens.manager))).body.map(
          (r: { id: string }) => r.id,
        ),
      ).toContain(requisition.id);
      expect(
        (await api().get(`/api/requisitions/${requisition.id}`).set(bearer(otherManager.token))).status,
      ).toBe(403);
      expect(
        (await api().get('/api/requisitions').set(bearer(otherManager.token))).body.map(
          (r: { id: string }) => r.id,
        ),
      ).not.toContain(requisition.id);
      expect((await api().get('/api/requisitions').set(bearer(tokens.rep))).status).toBe(403);
    });

    it('403s managers opening requisitions and 400s a hiring manager without an account', async () => {
      const body = {
        title: 'Account Executive',
        roleProfileId: profile.id,
        orgUnitId: org.myTeam.id,
        hiringManagerId: org.manager.employee.id,
        headcount: 1,
      };
      expect((await api().post('/api/requisitions').set(bearer(tokens.manager)).send(body)).status).toBe(403);
      const nobody = await createEmployee(db, { orgUnitId: org.myTeam.id });
      const res = await api()
        .post('/api/requisitions')
        .set(bearer(tokens.hr))
        .send({ ...body, hiringManagerId: nobody.id });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'hiringManagerId', reason: 'this person has no user account to review candidates with' },
      ]);
    });

    it('409s a status change that is not allowed', async () => {
      const requisition = await newRequisition(1, 'draft');
      expect(
        (
          await api()
            .patch(`/api/requisitions/${requisition.id}`)
            .set(bearer(tokens.hr))
            .send({ status: 'filled' })
        ).status,
      ).toBe(409);
      expect(
        (
          await api()
            .patch(`/api/requisitions/${requisition.id}`)
            .set(bearer(tokens.hr))
            .send({ status: 'open' })
        ).body.status,
      ).toBe('open');
    });
  });

  describe('candidates', () => {
    it('adds a new candidate, their CV and their application in one step: a refused CV leaves nothing, a good one then succeeds', async () => {
      const requisition = await newRequisition();
      const id = unique();
      const details = {
        fullName: 'Intake Person',
        email: `intake-${id}@example.test`,
        source: 'referral',
        yearsExperience: '3',
        skills: ['negotiation'],
      };
      const add = (file: Buffer | null, fileName = 'cv.pdf', body: object = details) => {
        const req = api()
          .post(`/api/requisitions/${requisition.id}/candidates`)
          .set(bearer(tokens.hr))
          .field('candidate', JSON.stringify(body));
        return file ? req.attach('file', file, fileName) : req;
      };
      const count = async () =>
        (
          (await db.query(`select count(*)::int as n from candidates where email = $1`, [details.email])) as {
            n: number;
          }[]
        )[0].n;

      const refused = await add(Buffer.from('%PDF-<html><script>x</script></html>'));
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe('file');
      expect(await count()).toBe(0);

      const invalid = await add(PDF, 'cv.pdf', { ...details, fullName: '' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors).toEqual([
        { field: 'fullName', reason: 'must not be empty', code: 'required' },
      ]);
      expect(await count()).toBe(0);

      const added = await add(PDF, 'Intake Person.pdf');
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        stage: 'applied',
        candidate: { fullName: 'Intake Person', cv: { fileName: 'Intake Person.pdf' } },
        requisition: { id: requisition.id },
      });
      expect(await count()).toBe(1);

      // The same person again: 409, and still one candidate.
      const again = await add(PDF);
      expect(again.status).toBe(409);
      expect(await count()).toBe(1);
      // Managers cannot add candidates.
      expect(
        (
          await api()
            .post(`/api/requisitions/${requisition.id}/candidates`)
            .set(bearer(tokens.manager))
            .field('candidate', JSON.stringify(details))
        ).status,
      ).toBe(403);
    });

    it('holds an update to the same limits as creation, and changes nothing when refused', async () => {
      const candidate = await newCandidate();
      const tooMany = await api()
        .patch(`/api/candidates/${candidate.id}`)
        .set(bearer(tokens.hr))
        .send({ skills: Array.from({ length: 1800 }, (_, i) => `skill-${i}`), notes: 'x'.repeat(1_900_000) });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['notes', 'skills']);
      const longSkill = await api()
        .patch(`/api/candidates/${candidate.id}`)
        .set(bearer(tokens.hr))
        .send({ industries: ['y'.repeat(61)] });
      expect(longSkill.status).toBe(400);
      // null is a value like any other: refused where the field must have one, never a 500.
      for (const field of ['fullName', 'source', 'yearsExperience', 'skills', 'industries', 'notes']) {
        const res = await api()
          .patch(`/api/candidates/${candidate.id}`)
          .set(bearer(tokens.hr))
          .send({ [field]: null });
        expect({ field, status: res.status, named: res.body.errors?.[0]?.field }).toEqual({
          field,
          status: 400,
          named: field,
        });
      }
      const after = await api().get(`/api/candidates/${candidate.id}`).set(bearer(tokens.hr));
      expect(after.body).toMatchObject({ skills: ['negotiation'], notes: '', industries: [] });
    });

    it('finds duplicates by email, and by phone however it is written', async () => {
      const candidate = await newCandidate();
      const byEmail = await api().post('/api/candidates').set(bearer(tokens.hr)).send({
        fullName: 'Z. Wei',
        email: candidate.email.toUpperCase(),
        source: 'agency',
        yearsExperience: '4',
      });
      expect(byEmail.status).toBe(409);
      expect(byEmail.body.code).toBe('duplicate_candidate');
      expect(byEmail.body.message).toContain(candidate.id);
      const spaced = candidate.phone.replace('+', '+ ').replace(/(\d{3})/, '$1-');
      const byPhone = await api()
        .post('/api/candidates')
        .set(bearer(tokens.hr))
        .send({ fullName: 'Z. Wei', phone: spaced, source: 'agency', yearsExperience: '4' });
      expect(byPhone.status).toBe(409);
    });

    it('stores a PDF CV and refuses other files, checking their content', async () => {
      const candidate = await newCandidate();
      const ok = await api()
        .post(`/api/candidates/${candidate.id}/cv`)
        .set(bearer(tokens.hr))
        .attach('file', PDF, 'Zhang Wei.pdf');
      expect(ok.status).toBe(201);
      expect(ok.body.cv).toMatchObject({
        fileName: 'Zhang Wei.pdf',
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
      });
      const fake = await api()
        .post(`/api/candidates/${candidate.id}/cv`)
        .set(bearer(tokens.hr))
        .attach('file', Buffer.from('MZ not a pdf'), 'cv.pdf');
      expect(fake.status).toBe(400);
      expect(fake.body.errors[0]).toEqual({
        field: 'file',
        reason: 'is named .pdf but its content is not a PDF file',
        code: 'file_content',
        params: { type: 'PDF' },
      });
      const exe = await api()
        .post(`/api/candidates/${candidate.id}/cv`)
        .set(bearer(tokens.hr))
        .attach('file', Buffer.from('MZ'), 'cv.exe');
      expect(exe.status).toBe(400);
      const download = await api()
        .get(`/api/candidates/${candidate.id}/cv`)
        .set(bearer(tokens.hr))
        .buffer(true);
      expect(download.status).toBe(200);
      expect(download.headers['content-disposition']).toContain('attachment');
      expect(download.headers['content-type']).toContain('application/pdf');
    });

    it("audits every read of a candidate's personal data", async () => {
      const candidate = await newCandidate();
      await api().get(`/api/candidates/${candidate.id}`).set(bearer(tokens.hr)).expect(200);
      const audit = await api()
        .get('/api/audit')
        .query({ entityType: 'candidate', entityId: candidate.id, action: 'candidate.read' })
        .set(bearer(tokens.admin));
      expect(audit.body.items[0]).toMatchObject({ action: 'candidate.read', actorEmail: org.hr.user.email });
    });

    it('audits a list of candidates as one entry naming every id it returned', async () => {
      const first = await newCandidate('Audit Listed');
      const second = await newCandidate('Audit Listed');
      const list = await api()
        .get('/api/candidates')
        .query({ search: 'Audit Listed' })
        .set(bearer(tokens.hr));
      expect(list.status).toBe(200);
      const audit = await api()
        .get('/api/audit')
        .query({ entityType: 'candidate', action: 'candidate.list' })
        .set(bearer(tokens.admin));
      expect(audit.body.items[0]).toMatchObject({
        actorEmail: org.hr.user.email,
        after: { ids: expect.arrayContaining([first.id, second.id]), search: 'Audit Listed', total: 2 },
      });
    });

    it('403s managers not involved with a candidate, and reps', async () => {
      const candidate = await newCandidate();
      expect(
        (await api().get(`/api/candidates/${candidate.id}`).set(bearer(otherManager.token))).status,
      ).toBe(403);
      expect((await api().get('/api/candidates').set(bearer(tokens.manager))).status).toBe(403);
      expect((await api().get(`/api/candidates/${candidate.id}`).set(bearer(tokens.rep))).status).toBe(403);
    });
  });

  describe('the pipeline', () => {
    it('moves an application through stages with who, when and why', async () => {
      const requisition = await newRequisition();
      const application = await apply(requisition.id, (await newCandidate()).id);
      await api()
        .post(`/api/applications/${application.id}/stage`)
        .set(bearer(tokens.hr))
        .send({ stage: 'screening', reason: 'Strong CV' })
        .expect(201);
      const rejectWithoutReason = await api()
        .post(`/api/applications/${application.id}/stage`)
        .set(bearer(tokens.hr))
        .send({ stage: 'rejected', reason: '' });
      expect(rejectWithoutReason.status).toBe(400);
      const rejected = await api()
        .post(`/api/applications/${application.id}/stage`)
        .set(bearer(tokens.hr))
        .send({ stage: 'rejected', reason: 'Took another offer' });
      expect(
        rejected.body.history.map(
          (h: { from: string | null; to: string; reason: string; actorName: string }) => [
            h.from,
            h.to,
            h.reason,
          ],
        ),
      ).toEqual([
        [null, 'applied', ''],
        ['applied', 'screening', 'Strong CV'],
        ['screening', 'rejected', 'Took another offer'],
      ]);
      expect(
        (
          await api()
            .post(`/api/applications/${application.id}/stage`)
            .set(bearer(tokens.hr))
            .send({ stage: 'interview', reason: 'again' })
        ).status,
      ).toBe(409);
      expect(
        (
          await api()
            .post(`/api/applications/${application.id}/stage`)
            .set(bearer(tokens.manager))
            .send({ stage: 'interview', reason: 'x' })
        ).status,
      ).toBe(403);
    });

    it('409s applying twice, and to a closed requisition', async () => {
      const requisition = await newRequisition();
      const candidate = await newCandidate();
      await apply(requisition.id, candidate.id);
      expect(
        (
          await api()
            .post('/api/applications')
            .set(bearer(tokens.hr))
            .send({ requisitionId: requisition.id, candidateId: candidate.id })
        ).status,
      ).toBe(409);
      await api()
        .patch(`/api/requisitions/${requisition.id}`)
        .set(bearer(tokens.hr))
        .send({ status: 'cancelled' })
        .expect(200);
      const closed = await api()
        .post('/api/applications')
        .set(bearer(tokens.hr))
        .send({ requisitionId: requisition.id, candidateId: (await newCandidate()).id });
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('requisition_closed');
    });

    it('pages the ranking: scored by fit, then unscored, then knock-outs; name breaks ties', async () => {
      const requisition = await newRequisition();
      // Fit as scoring would have stored it; scoring itself is covered below.
      const fits: [string, string | null, boolean][] = [
        ['Chen Hao', '72.50', false],
        ['Bai Lu', null, false],
        ['Ai Qing', '72.50', false],
        ['Du Fang', '95.00', true],
        ['Fu Rong', '88.00', false],
      ];
      for (const [name, fitScore, knockedOut] of fits) {
        const application = await apply(requisition.id, (await newCandidate(name)).id);
        await db.query('update applications set fit_score = $2, knocked_out = $3 where id = $1', [
          application.id,
          fitScore,
          knockedOut,
        ]);
      }
      await apply(requisition.id, (await newCandidate('Gu Yan')).id).then((a) =>
        api()
          .post(`/api/applications/${a.id}/stage`)
          .set(bearer(tokens.hr))
          .send({ stage: 'screening', reason: '' })
          .expect(201),
      );
      const page = async (query: Record<string, string | number>) => {
        const res = await api()
          .get(`/api/requisitions/${requisition.id}/applications`)
          .query(query)
          .set(bearer(tokens.hr));
        expect(res.status).toBe(200);
        return {
          total: res.body.total as number,
          items: res.body.items.map(
            (a: { rank: number; candidateName: string }) => `${a.rank} ${a.candidateName}`,
          ),
        };
      };
      expect(await page({ limit: 3 })).toEqual({ total: 6, items: ['1 Fu Rong', '2 Ai Qing', '3 Chen Hao'] });
      expect(await page({ limit: 3, offset: 3 })).toEqual({
        total: 6,
        items: ['4 Bai Lu', '5 Gu Yan', '6 Du Fang'],
      });
      expect(await page({ limit: 3, offset: 6 })).toEqual({ total: 6, items: [] });
      expect(await page({ stage: 'screening' })).toEqual({ total: 1, items: ['1 Gu Yan'] });
      const invalid = await api()
        .get(`/api/requisitions/${requisition.id}/applications`)
        .query({ limit: 0, stage: 'sleeping' })
        .set(bearer(tokens.hr));
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'stage']);
    });

    it("returns a scorecard's ratings in the role profile's order, whatever order they were sent in", async () => {
      const requisition = await newRequisition();
      const application = await apply(requisition.id, (await newCandidate('Ordered Ratings')).id);
      await assign(application.id, org.manager.user.id).expect(201);
      const res = await api()
        .put(`/api/applications/${application.id}/scorecard`)
        .set(bearer(tokens.manager))
        .send({ recommendation: 'yes', summary: '', ratings: ratings([4, 3, 2]).reverse() });
      expect(res.status).toBe(200);
      expect(res.body.myScorecard.ratings.map((r: { competencyId: string }) => r.competencyId)).toEqual(
        profile.competencies.map((c) => c.id),
      );
    });

    it("hides others' scorecards and the combined fit from a hiring manager who still owes one", async () => {
      const requisition = await newRequisition();
      const application = await apply(requisition.id, (await newCandidate('Owing Manager')).id);
      await assign(application.id, org.manager.user.id).expect(201);
      await assign(application.id, otherManager.userId).expect(201);
      await score(otherManager.token, application.id, [4, 4, 4]).expect(200);
      // The hiring manager (org.manager) owes a scorecard: nothing of the other's shows.
      const owing = await api().get(`/api/applications/${application.id}`).set(bearer(tokens.manager));
      expect(owing.status).toBe(200);
      expect(owing.body.scorecards).toEqual([]);
      expect(owing.body.fit).toMatchObject({ score: null, scorecards: 0 });
      expect(owing.body.fit.competencies.every((c: { rating: unknown }) => c.rating === null)).toBe(true);
      // Nor through the ranking or the comparison.
      const ranking = await api()
        .get(`/api/requisitions/${requisition.id}/applications`)
        .set(bearer(tokens.manager));
      expect(ranking.body.items.find((a: { id: string }) => a.id === application.id)).toMatchObject({
        fitScore: null,
      });
      const other = await apply(requisition.id, (await newCandidate('Second Owing')).id);
      const compared = await api()
        .get(`/api/requisitions/${requisition.id}/compare`)
        .query({ applications: `${application.id},${other.id}` })
        .set(bearer(tokens.manager));
      expect(compared.status).toBe(200);
      expect(compared.body.candidates[0]).toMatchObject({ fitScore: null, ratings: [null, null, null] });
      // HR, not asked to interview, sees all of it.
      const hr = await api().get(`/api/applications/${application.id}`).set(bearer(tokens.hr));
      expect(hr.body.scorecards).toHaveLength(1);
      expect(hr.body.fit.score).not.toBeNull();
      // Once the manager's scorecard is in, both appear.
      const done = await score(tokens.manager, application.id, [3, 3, 3]);
      expect(done.body.scorecards).toHaveLength(2);
    });

    it('lets only assigned interviewers score, rating every competency, and ranks by fit', async () => {
      const requisition = await newRequisition();
      const strong = await apply(requisition.id, (await newCandidate('Li Na')).id);
      const weak = await apply(requisition.id, (await newCandidate('Wang Lei')).id);
      // A rep cannot interview.
      expect((await assign(strong.id, org.rep.user.id)).status).toBe(400);
      await assign(strong.id, org.manager.user.id).expect(201);
      await assign(strong.id, otherManager.userId).expect(201);
      await assign(weak.id, org.manager.user.id).expect(201);

      // Not asked: 403. Missing a competency or rating 6: 400.
      expect((await score(tokens.hr, strong.id, [4, 3, 3])).status).toBe(403);
      const missing = await api()
        .put(`/api/applications/${strong.id}/scorecard`)
        .set(bearer(tokens.manager))
        .send({ recommendation: 'yes', summary: '', ratings: ratings([4, 3, 3]).slice(0, 2) });
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0].field).toBe('ratings');
      expect((await score(tokens.manager, strong.id, [6, 3, 3])).status).toBe(400);

      // Interviewers see others' scorecards only after submitting their own.
      await score(tokens.manager, strong.id, [4, 3, 3], 'strong_yes').expect(200);
      const before = await api().get(`/api/applications/${strong.id}`).set(bearer(otherManager.token));
      expect(before.status).toBe(200);
      expect(before.body.scorecards).toEqual([]);
      const after = await score(otherManager.token, strong.id, [4, 3, 3], 'yes');
      expect(after.body.scorecards).toHaveLength(2);
      // All targets met: 100.
      expect(after.body.fit).toMatchObject({ score: '100.00', knockedOut: false, scorecards: 2 });

      // An interviewer who changes their scorecard after reading the others is marked so,
      // and the version replaced stays in the audit log.
      const amended = await score(otherManager.token, strong.id, [4, 3, 3], 'yes');
      const mark = (body: { scorecards: { interviewerUserId: string }[] }) =>
        body.scorecards.find((x) => x.interviewerUserId === otherManager.userId);
      expect(mark(amended.body)).toMatchObject({ revision: 2, amendedAfterReadingOthers: true });
      expect(mark(amended.body)).toHaveProperty('amendedAt', expect.any(String));
      const firstScorer = after.body.scorecards.find(
        (x: { interviewerUserId: string }) => x.interviewerUserId === org.manager.user.id,
      );
      expect(firstScorer).toMatchObject({ revision: 1, amendedAt: null, amendedAfterReadingOthers: false });
      const history = await api()
        .get('/api/audit')
        .query({ entityId: strong.id, action: 'application.scorecard_amend' })
        .set(bearer(tokens.admin));
      expect(history.body.items[0]).toMatchObject({
        before: { recommendation: 'yes' },
        after: { revision: 2, amendedAfterReadingOthers: true },
      });

      // The weak candidate misses the must-have (target 4): knocked out, ranked last.
      const weakScored = await score(tokens.manager, weak.id, [3, 3, 3]);
      expect(weakScored.body.fit).toMatchObject({ knockedOut: true, knockedOutBy: [expect.any(String)] });
      // 3/4 × 3/6 + 3/3 × 2/6 + 3/3 × 1/6 = 37.5 + 33.33 + 16.67 = 87.50
      expect(weakScored.body.fit.score).toBe('87.50');

      const ranking = await api()
        .get(`/api/requisitions/${requisition.id}/applications`)
        .set(bearer(tokens.manager));
      expect(
        ranking.body.items.map((a: { candidateName: string; rank: number; knockedOut: boolean }) => [
          a.rank,
          a.candidateName,
          a.knockedOut,
        ]),
      ).toEqual([
        [1, 'Li Na', false],
        [2, 'Wang Lei', true],
      ]);

      const compared = await api()
        .get(`/api/requisitions/${requisition.id}/compare`)
        .query({ applications: `${strong.id},${weak.id}` })
        .set(bearer(tokens.hr));
      expect(compared.status).toBe(200);
      expect(compared.body.competencies.map((c: { targetLevel: number }) => c.targetLevel)).toEqual([
        4, 3, 3,
      ]);
      expect(compared.body.candidates.map((c: { ratings: string[] }) => c.ratings)).toEqual([
        ['4', '3', '3'],
        ['3', '3', '3'],
      ]);
      expect(
        (
          await api()
            .get(`/api/requisitions/${requisition.id}/compare`)
            .query({ applications: strong.id })
            .set(bearer(tokens.hr))
        ).status,
      ).toBe(400);
    });

    it('flags strong disagreement between interviewers', async () => {
      const requisition = await newRequisition();
      const application = await apply(requisition.id, (await newCandidate()).id);
      await assign(application.id, org.manager.user.id).expect(201);
      await assign(application.id, otherManager.userId).expect(201);
      await score(tokens.manager, application.id, [5, 3, 3], 'strong_yes').expect(200);
      const res = await score(otherManager.token, application.id, [2, 3, 3], 'no');
      expect(res.body.fit.disagreement).toBe(true);
      expect(res.body.fit.competencies[0]).toMatchObject({ rating: '3.5', disagreement: true });
    });

    it('shows an interviewer only the applications they are asked to score', async () => {
      const requisition = await newRequisition();
      const asked = await apply(requisition.id, (await newCandidate()).id);
      const notAsked = await apply(requisition.id, (await newCandidate()).id);
      await assign(asked.id, otherManager.userId).expect(201);
      expect((await api().get(`/api/applications/${asked.id}`).set(bearer(otherManager.token))).status).toBe(
        200,
      );
      expect(
        (await api().get(`/api/applications/${notAsked.id}`).set(bearer(otherManager.token))).status,
      ).toBe(403);
      const owed = await api().get('/api/me/scorecards').set(bearer(otherManager.token));
      expect(owed.body.map((o: { applicationId: string }) => o.applicationId)).toContain(asked.id);
      expect(owed.body.map((o: { applicationId: string }) => o.applicationId)).not.toContain(notAsked.id);
      expect((await api().get(`/api/applications/${asked.id}`).set(bearer(tokens.rep))).status).toBe(403);
      expect(
        (await api().get('/api/applications/00000000-0000-4000-8000-000000000000').set(bearer(tokens.hr)))
          .status,
      ).toBe(404);
    });
  });

  describe('hiring', () => {
    const toOffer = (applicationId: string) =>
      api()
        .post(`/api/applications/${applicationId}/stage`)
        .set(bearer(tokens.hr))
        .send({ stage: 'offer', reason: '' })
        .expect(201);
    const hire = (applicationId: string, overrides: Record<string, string> = {}) =>
      api()
        .post(`/api/applications/${applicationId}/hire`)
        .set(bearer(tokens.hr))
        .send({
          hireDate: '2026-12-01',
          jobTitle: 'Account Executive',
          email: `hire-${unique()}@northwind.example`,
          initialPassword: 'welcome-aboard-2026',
          ...overrides,
        });

    it('creates the employee and their account, fills the requisition and records the gaps as development needs', async () => {
      // The profile's onboarding path: a course that develops the competency the hire will lack, then a task.
      const t = (en: string) => ({ en, zh: `${en}（中文）` });
      const course = await api()
        .post('/api/learning/courses')
        .set(bearer(tokens.hr))
        .send({
          code: `ONB-${unique()
            .toUpperCase()
            .replace(/[^A-Z0-9]/g, '')}`.slice(0, 40),
          category: 'onboarding',
          title: t('Welcome aboard'),
          summary: t('The first week'),
          estimatedMinutes: 30,
          competencies: [{ competencyId: profile.competencies[1]?.id, level: 3 }],
          certifying: false,
          validityMonths: null,
          modules: [
            {
              title: t('Start'),
              items: [
                {
                  kind: 'lesson',
                  title: t('Hello'),
                  body: t('Hello.'),
                  url: null,
                  estimatedMinutes: 5,
                  quiz: null,
                },
              ],
            },
          ],
        })
        .expect(201);
      await api().post(`/api/learning/courses/${course.body.id}/publish`).set(bearer(tokens.hr)).expect(200);
      await api()
        .put(`/api/learning/curricula/${profile.id}`)
        .set(bearer(tokens.hr))
        .send({
          title: t('Onboarding'),
          sequential: true,
          items: [
            { kind: 'course', courseId: course.body.id, taskTitle: null, dueOffsetDays: 14, required: true },
            {
              kind: 'task',
              courseId: null,
              taskTitle: t('Shadow three client visits'),
              dueOffsetDays: 30,
              required: true,
            },
          ],
        })
        .expect(200);

      const requisition = await newRequisition(1);
      const application = await apply(requisition.id, (await newCandidate('Chen Jing')).id);
      await assign(application.id, org.manager.user.id).expect(201);
      await score(tokens.manager, application.id, [4, 2, 3]).expect(200);
      await toOffer(application.id);
      const email = `chen.jing-${unique()}@northwind.example`;
      const res = await hire(application.id, { email });
      expect(res.status).toBe(201);
      expect(res.body.requisition).toMatchObject({ status: 'filled', filled: 1 });
      expect(res.body.developmentNeeds).toEqual([
        { competencyCode: expect.any(String), currentLevel: '2', targetLevel: 3, gap: '1' },
      ]);

      // The new employee is in the manager's team, and can sign in.
      const team = await api().get('/api/employees').set(bearer(tokens.manager));
      const hired = team.body.items.find((e: { id: string }) => e.id === res.body.employeeId);
      expect(hired).toMatchObject({
        fullName: 'Chen Jing',
        orgUnitId: org.myTeam.id,
        managerId: org.manager.employee.id,
        hireDate: '2026-12-01',
      });
      const login = await api()
        .post('/api/auth/login')
        .set('X-Forwarded-For', freshAddress())
        .send({ email, password: 'welcome-aboard-2026' });
      expect(login.status).toBe(200);
      expect(login.body.user.employeeId).toBe(res.body.employeeId);

      // Enrolled in the profile's curriculum from the start date, with the course recommended for the gap.
      expect(res.body.onboarding).toEqual({ enrolledCourses: 1 });
      const learning = await api().get('/api/learning/me').set(bearer(login.body.accessToken));
      expect(learning.body.curricula).toHaveLength(1);
      expect(learning.body.curricula[0].steps).toMatchObject([
        { kind: 'course', dueDate: '2026-12-15', status: 'open', enrolmentId: expect.any(String) },
        {
          kind: 'task',
          dueDate: '2026-12-31',
          status: 'locked',
          title: { en: 'Shadow three client visits' },
        },
      ]);
      expect(learning.body.enrolments).toMatchObject([{ origin: 'hire', dueDate: '2026-12-15' }]);
      expect(learning.body.recommendations).toMatchObject([
        {
          targetLevel: 3,
          courses: [{ courseId: course.body.id, enrolmentId: learning.body.enrolments[0].id }],
        },
      ]);

      const needs = await api()
        .get(`/api/employees/${res.body.employeeId}/development-needs`)
        .set(bearer(tokens.manager));
      expect(needs.body.map((n: { gap: string; targetLevel: number }) => [n.gap, n.targetLevel])).toEqual([
        ['1', 3],
      ]);
      expect(
        (
          await api()
            .get(`/api/employees/${res.body.employeeId}/development-needs`)
            .set(bearer(otherManager.token))
        ).status,
      ).toBe(403);

      // Full now (and so filled): nobody more may apply, let alone be hired.
      const another = await api()
        .post('/api/applications')
        .set(bearer(tokens.hr))
        .send({ requisitionId: requisition.id, candidateId: (await newCandidate()).id });
      expect(another.status).toBe(409);
      expect(another.body.code).toBe('requisition_closed');
    });

    it('hires from the offer stage; before it only with a reason, which the history and the audit log keep', async () => {
      const requisition = await newRequisition(2);
      const application = await apply(requisition.id, (await newCandidate('Early Bird')).id);
      const refused = await hire(application.id);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'not_at_offer',
        message: expect.stringContaining('Hire from the offer stage: this application is at applied'),
      });
      const early = await hire(application.id, {
        overrideReason: 'Counter-offer elsewhere; the VP approved',
      });
      expect(early.status).toBe(201);
      const detail = await api().get(`/api/applications/${application.id}`).set(bearer(tokens.hr));
      expect(detail.body.history.at(-1)).toMatchObject({
        from: 'applied',
        to: 'hired',
        reason: expect.stringContaining(
          'before the offer stage because: Counter-offer elsewhere; the VP approved',
        ),
      });
      const audit = await api()
        .get('/api/audit')
        .query({ entityId: application.id, action: 'application.hire' })
        .set(bearer(tokens.admin));
      expect(audit.body.items[0].after).toMatchObject({
        hiredBeforeOffer: true,
        overrideReason: 'Counter-offer elsewhere; the VP approved',
      });
    });

    it("places the hire by identity's rules and writes identity's audit entries", async () => {
      // A hiring manager who has left since the requisition opened: nobody may be placed under them.
      const leaving = await createEmployee(db, { orgUnitId: org.myTeam.id, jobTitle: 'Sales Manager' });
      await createUser(db, { roles: ['manager'], employeeId: leaving.id });
      const opened = await api()
        .post('/api/requisitions')
        .set(bearer(tokens.hr))
        .send({
          title: `Account Executive ${unique()}`,
          roleProfileId: profile.id,
          orgUnitId: org.myTeam.id,
          hiringManagerId: leaving.id,
          headcount: 1,
          status: 'open',
        })
        .expect(201);
      const application = await apply(opened.body.id, (await newCandidate('Placed Late')).id);
      await toOffer(application.id);
      await db.query(`update employees set status = 'left' where id = $1`, [leaving.id]);
      const email = `hire-${unique()}@northwind.example`;
      const refused = await hire(application.id, { email });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('placement_invalid');
      expect(refused.body.message).toContain('managerId this person has left the company');
      expect(await db.query('select 1 from employees where email = $1', [email])).toEqual([]);
      expect(await db.query('select 1 from users where email = $1', [email])).toEqual([]);

      // Back with the company: the hire goes through, audited as identity audits employees and users.
      await db.query(`update employees set status = 'active' where id = $1`, [leaving.id]);
      const hired = await hire(application.id, { email });
      expect(hired.status).toBe(201);
      const entries = async (entityId: string, action: string) =>
        (await api().get('/api/audit').query({ entityId, action }).set(bearer(tokens.admin))).body.items;
      expect((await entries(hired.body.employeeId, 'employee.create'))[0].after).toEqual({
        fullName: 'Placed Late',
        email,
        jobTitle: 'Account Executive',
        hireDate: '2026-12-01',
        status: 'active',
        orgUnitId: org.myTeam.id,
        managerId: leaving.id,
        source: 'hire',
        applicationId: application.id,
        roleProfileId: profile.id,
      });
      expect((await entries(hired.body.userId, 'user.create'))[0].after).toEqual({
        email,
        displayName: 'Placed Late',
        roles: ['rep'],
        isActive: true,
        employeeId: hired.body.employeeId,
      });
    });

    it('400s an impossible hire date', async () => {
      const requisition = await newRequisition(1);
      const application = await apply(requisition.id, (await newCandidate()).id);
      await toOffer(application.id);
      const res = await hire(application.id, { hireDate: '2026-02-30' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'hireDate', reason: 'must be a date written yyyy-mm-dd', code: 'date' },
      ]);
    });

    it('lets exactly one of two simultaneous hires take the last seat', async () => {
      const requisition = await newRequisition(1);
      const [a, b] = [
        await apply(requisition.id, (await newCandidate()).id),
        await apply(requisition.id, (await newCandidate()).id),
      ];
      await toOffer(a.id);
      await toOffer(b.id);
      const results = await Promise.all([hire(a.id), hire(b.id)]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.status === 409)?.body.code).toBe('requisition_full');
      const [{ filled }] = await db.query('select filled from requisitions where id = $1', [requisition.id]);
      expect(filled).toBe(1);
    });

    it('409s hiring for a requisition that is not open, and reusing an email', async () => {
      const requisition = await newRequisition(2, 'draft');
      const application = await apply(requisition.id, (await newCandidate()).id);
      const notOpen = await hire(application.id);
      expect(notOpen.status).toBe(409);
      expect(notOpen.body.code).toBe('requisition_not_open');
      await api()
        .patch(`/api/requisitions/${requisition.id}`)
        .set(bearer(tokens.hr))
        .send({ status: 'open' })
        .expect(200);
      await toOffer(application.id);
      expect((await hire(application.id, { email: org.rep.user.email })).status).toBe(409);
      expect(
        (
          await api().post(`/api/applications/${application.id}/hire`).set(bearer(tokens.manager)).send({
            hireDate: '2026-12-01',
            jobTitle: 'AE',
            email: 'x@example.test',
            initialPassword: TEST_PASSWORD,
          })
        ).status,
      ).toBe(403);
    });
  });
});
