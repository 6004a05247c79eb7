import type { DataSource } from 'typeorm';
import { createCompetency, createRoleProfile, type TestOrganisation } from '@cadre/api/testing';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

const t = (en: string) => ({ en, zh: `${en}（中文）` });

/** The smallest PDF with the structure the upload check asks for. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\nstartxref\n9\n%%EOF\n', 'latin1');

interface FieldProblem {
  field: string;
  code: string;
}
const problems = (body: { errors?: FieldProblem[] }) =>
  (body.errors ?? []).map((e) => `${e.field} ${e.code}`);

describe('learning: stored files, PDF items, the enablement library, certificates', () => {
  let db: DataSource;
  let tokens: RoleTokens;
  let org: TestOrganisation;
  let competencyId: string;

  beforeAll(async () => {
    db = await connectDatabase();
    ({ org, tokens } = await organisationWithTokens(db));
    competencyId = (await createCompetency(db)).id;
  });
  afterAll(() => db.destroy());

  let seq = 0;
  const code = () => `LIB-${Date.now().toString(36).toUpperCase()}-${++seq}`;

  const upload = (token: string, name: string, content: Buffer) =>
    api().post('/api/learning/files').set(bearer(token)).attach('file', content, name);

  const pdfCourse = (fileId: string | null) => ({
    code: code(),
    category: 'in-role',
    title: t('Reading the price list'),
    summary: t('The handout every account executive keeps'),
    estimatedMinutes: 10,
    competencies: [{ competencyId, level: 2 }],
    certifying: true,
    validityMonths: 12,
    modules: [
      {
        title: t('Handouts'),
        items: [
          {
            kind: 'pdf',
            title: t('The price list'),
            body: null,
            url: null,
            fileId,
            estimatedMinutes: 10,
            quiz: null,
          },
        ],
      },
    ],
  });

  it('stores only real documents, within the size limit, and only for those who author learning', async () => {
    const fake = await upload(
      tokens.hr,
      'prices.pdf',
      Buffer.from('%PDF-<html><script>alert(1)</script></html>'),
    );
    expect(fake.status).toBe(400);
    expect(problems(fake.body)).toEqual(['file file_content']);
    const exe = await upload(tokens.hr, 'prices.exe', Buffer.from([0x4d, 0x5a, 0x90]));
    expect(problems(exe.body)).toEqual(['file file_type']);
    const before = await db.query(`select count(*)::int as n from learning_files`);
    expect((await upload(tokens.rep, 'prices.pdf', PDF)).status).toBe(403);
    expect((await upload(tokens.manager, 'prices.pdf', PDF)).status).toBe(403);
    expect(await db.query(`select count(*)::int as n from learning_files`)).toEqual(before);
    const stored = await upload(tokens.hr, 'prices.pdf', PDF);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      fileName: 'prices.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
  });

  it('serves a PDF item to learners once its course is published, never a draft’s file', async () => {
    const missing = await api().post('/api/learning/courses').set(bearer(tokens.hr)).send(pdfCourse(null));
    expect(missing.status).toBe(400);
    expect(problems(missing.body)).toEqual(['modules[0].items[0].fileId required']);
    const file = (await upload(tokens.hr, 'prices.pdf', PDF)).body as { id: string };
    const created = await api().post('/api/learning/courses').set(bearer(tokens.hr)).send(pdfCourse(file.id));
    expect(created.status).toBe(201);
    // A draft's file is the author's: a learner who guesses its id finds nothing.
    expect((await api().get(`/api/learning/files/${file.id}`).set(bearer(tokens.rep))).status).toBe(404);
    expect((await api().get(`/api/learning/files/${file.id}`).set(bearer(tokens.hr))).status).toBe(200);
    await api().post(`/api/learning/courses/${created.body.id}/publish`).set(bearer(tokens.hr)).expect(200);

    const enrolment = await api()
      .post('/api/learning/enrolments')
      .set(bearer(tokens.rep))
      .send({ courseId: created.body.id });
    const course = await api().get(`/api/learning/enrolments/${enrolment.body.id}`).set(bearer(tokens.rep));
    const item = course.body.modules[0].items[0];
    expect(item).toMatchObject({
      kind: 'pdf',
      file: { id: file.id, fileName: 'prices.pdf', sizeBytes: PDF.length },
    });
    const download = await api()
      .get(`/api/learning/files/${file.id}`)
      .set(bearer(tokens.rep))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^inline; filename\*=UTF-8''prices\.pdf$/);
    expect(download.headers['content-security-policy']).toContain('sandbox');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    // Reading it and marking it done completes the course and issues its certificate, as a PDF.
    await api()
      .put(`/api/learning/enrolments/${enrolment.body.id}/items/${item.id}/progress`)
      .set(bearer(tokens.rep))
      .send({ done: true })
      .expect(200);
    const me = await api().get('/api/learning/me').set(bearer(tokens.rep));
    const certification = me.body.certifications.find((c: { code: string }) => c.code === created.body.code);
    expect(certification).toMatchObject({ expired: false, renewalEnrolmentId: null });
    const pdf = await api()
      .get(`/api/learning/certifications/${certification.id}/pdf`)
      .set(bearer(tokens.rep))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`certificate-${created.body.code}-`);
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Another rep may not read it; the holder's manager and HR may.
    expect(
      (await api().get(`/api/learning/certifications/${certification.id}/pdf`).set(bearer(tokens.otherRep)))
        .status,
    ).toBe(403);
    expect(
      (await api().get(`/api/learning/certifications/${certification.id}/pdf`).set(bearer(tokens.manager)))
        .status,
    ).toBe(200);

    // Once the certification has expired, the enrolment says so.
    await db.query(`update certifications set expires_at = now() - interval '1 day' where id = $1`, [
      certification.id,
    ]);
    const after = await api().get('/api/learning/me').set(bearer(tokens.rep));
    expect(after.body.enrolments.find((e: { id: string }) => e.id === enrolment.body.id).status).toBe(
      'expired',
    );
    expect(after.body.certifications.find((c: { id: string }) => c.id === certification.id).expired).toBe(
      true,
    );
  });

  const resource = (overrides: Record<string, unknown> = {}) => ({
    kind: 'case-study',
    title: { en: 'Case study: river water utility', zh: '案例：江河水务公司' },
    summary: { en: 'How a utility tests nitrates hourly', zh: '水务公司如何每小时检测硝酸盐' },
    changeNote: { en: '', zh: '' },
    url: 'https://intranet.example/cases/river',
    fileId: null,
    orgUnitIds: [org.myTeam.id],
    competencyIds: [competencyId],
    ...overrides,
  });

  it('refuses a resource with a link and a file, or tagged with a region, and lets only authors write', async () => {
    const file = (await upload(tokens.hr, 'case.pdf', PDF)).body as { id: string };
    const both = await api()
      .post('/api/learning/library')
      .set(bearer(tokens.hr))
      .send(resource({ fileId: file.id }));
    expect(both.status).toBe(400);
    expect(problems(both.body)).toEqual(['url link_or_file']);
    const region = await api()
      .post('/api/learning/library')
      .set(bearer(tokens.hr))
      .send(resource({ orgUnitIds: [org.myTeam.id, org.region.id] }));
    expect(problems(region.body)).toEqual(['orgUnitIds[1] unit_kind']);
    for (const token of [tokens.rep, tokens.manager])
      expect((await api().post('/api/learning/library').set(bearer(token)).send(resource())).status).toBe(
        403,
      );
  });

  it('versions a resource, finds it by words in either language, counts opens for HR, and says what is new', async () => {
    const created = await api().post('/api/learning/library').set(bearer(tokens.hr)).send(resource());
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const file = (await upload(tokens.hr, 'river-v2.pdf', PDF)).body as { id: string };
    const second = await api()
      .post(`/api/learning/library/${id}/versions`)
      .set(bearer(tokens.hr))
      .send(resource({ url: null, fileId: file.id, changeNote: t('Now with the second year’s figures') }));
    expect(second.status).toBe(201);
    expect(second.body.current).toMatchObject({ version: 2, file: { id: file.id } });
    expect(second.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(second.body.versions[1].url).toBe('https://intranet.example/cases/river');

    for (const q of ['硝酸盐', 'NITRATES utility', 'second year']) {
      const found = await api().get('/api/learning/library').query({ q }).set(bearer(tokens.rep));
      expect(found.status).toBe(200);
      expect(found.body.map((r: { id: string }) => r.id)).toContain(id);
    }
    const none = await api()
      .get('/api/learning/library')
      .query({ q: 'nitrates 100%' })
      .set(bearer(tokens.rep));
    expect(none.body.map((r: { id: string }) => r.id)).not.toContain(id);

    const opens = await Promise.all(
      Array.from({ length: 5 }, () => api().post(`/api/learning/library/${id}/open`).set(bearer(tokens.rep))),
    );
    expect(opens.map((o) => o.status)).toEqual(Array(5).fill(200));
    expect(opens[0]?.body).toEqual({ href: `/api/learning/files/${file.id}`, external: false });
    await api().post(`/api/learning/library/${id}/open`).set(bearer(tokens.manager)).expect(200);
    const asHr = await api().get(`/api/learning/library/${id}`).set(bearer(tokens.hr));
    expect(asHr.body).toMatchObject({ views: 6, viewers: 2 });
    const asRep = await api().get(`/api/learning/library/${id}`).set(bearer(tokens.rep));
    expect(asRep.body).toMatchObject({ views: null, viewers: null });

    // The rep's team is a product line the resource is tagged with: it is new for them, not for the other rep.
    const mine = await api().get('/api/learning/me').set(bearer(tokens.rep));
    expect(mine.body.newResources.map((r: { id: string }) => r.id)).toContain(id);
    const theirs = await api().get('/api/learning/me').set(bearer(tokens.otherRep));
    expect(theirs.body.newResources.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('makes a resource a curriculum step that is done when the learner opens it', async () => {
    const profile = await createRoleProfile(db);
    const library = await api().post('/api/learning/library').set(bearer(tokens.hr)).send(resource());
    const bad = await api()
      .put(`/api/learning/curricula/${profile.id}`)
      .set(bearer(tokens.hr))
      .send({
        title: t('Read first'),
        sequential: false,
        items: [
          {
            kind: 'resource',
            courseId: null,
            taskTitle: null,
            resourceId: org.myTeam.id,
            dueOffsetDays: 3,
            required: true,
          },
        ],
      });
    expect(problems(bad.body)).toEqual(['items[0].resourceId no_such_record']);
    // Managers read the paths (to put people on them); writing one stays HR's; a rep reads none.
    expect((await api().get('/api/learning/curricula').set(bearer(tokens.manager))).status).toBe(200);
    expect((await api().get('/api/learning/curricula').set(bearer(tokens.rep))).status).toBe(403);
    expect(
      (
        await api()
          .put(`/api/learning/curricula/${profile.id}`)
          .set(bearer(tokens.manager))
          .send({ title: t('Mine'), sequential: false, items: [] })
      ).status,
    ).toBe(403);
    const saved = await api()
      .put(`/api/learning/curricula/${profile.id}`)
      .set(bearer(tokens.hr))
      .send({
        title: t('Read first'),
        sequential: false,
        items: [
          {
            kind: 'resource',
            courseId: null,
            taskTitle: null,
            resourceId: library.body.id,
            dueOffsetDays: 3,
            required: true,
          },
        ],
      });
    expect(saved.status).toBe(200);
    expect(saved.body.items[0]).toMatchObject({ kind: 'resource', resourceTitle: resource().title });
    const assigned = await api()
      .post('/api/learning/curriculum-assignments')
      .set(bearer(tokens.manager))
      .send({ employeeId: org.rep.employee.id, roleProfileId: profile.id, startDate: '2026-12-01' });
    expect(assigned.status).toBe(201);
    const stepOf = async () => {
      const me = await api().get('/api/learning/me').set(bearer(tokens.rep));
      const path = me.body.curricula.find(
        (c: { assignmentId: string }) => c.assignmentId === assigned.body.assignmentId,
      );
      return path.steps[0];
    };
    expect(await stepOf()).toMatchObject({ kind: 'resource', status: 'open', resourceId: library.body.id });
    await api().post(`/api/learning/library/${library.body.id}/open`).set(bearer(tokens.rep)).expect(200);
    expect((await stepOf()).status).toBe('done');
  });

  it('reports completion and overdue by org unit and course: HR everyone, a manager their part, a rep nothing', async () => {
    expect((await api().get('/api/learning/reports').set(bearer(tokens.rep))).status).toBe(403);
    const hr = await api().get('/api/learning/reports').set(bearer(tokens.hr));
    expect(hr.status).toBe(200);
    const row = (body: { units: { unitId: string; enrolled: number; depth: number }[] }, id: string) =>
      body.units.find((u) => u.unitId === id);
    const team = row(hr.body, org.myTeam.id);
    const region = row(hr.body, org.region.id);
    expect(team?.enrolled).toBeGreaterThan(0);
    // The region sums its teams, so it is never below either.
    expect(region?.enrolled).toBeGreaterThanOrEqual(team?.enrolled ?? 0);
    expect((region?.depth ?? 0) < (team?.depth ?? 0)).toBe(true);
    const manager = await api().get('/api/learning/reports').set(bearer(tokens.manager));
    expect(manager.status).toBe(200);
    expect(manager.body.units[0]).toMatchObject({ unitId: org.myTeam.id, depth: 0 });
    expect(row(manager.body, org.otherTeam.id)).toBeUndefined();
    expect(manager.body.courses.length).toBeGreaterThan(0);
  });

  it('keeps each person’s learning summary equal to their enrolments, however many writes arrive at once', async () => {
    const courseIds: string[] = [];
    for (let i = 0; i < 8; i++) {
      const file = (await upload(tokens.hr, 'sheet.pdf', PDF)).body as { id: string };
      const created = await api()
        .post('/api/learning/courses')
        .set(bearer(tokens.hr))
        .send(pdfCourse(file.id));
      await api().post(`/api/learning/courses/${created.body.id}/publish`).set(bearer(tokens.hr)).expect(200);
      courseIds.push(created.body.id as string);
    }
    // Eight courses for the other rep at once (HR assigning), each twice, plus their own enrolments.
    const writes = await Promise.all([
      ...courseIds.map((courseId) =>
        api()
          .post('/api/learning/enrolments')
          .set(bearer(tokens.hr))
          .send({ courseId, employeeId: org.otherRep.employee.id, dueDate: '2020-01-01' }),
      ),
      ...courseIds.map((courseId) =>
        api().post('/api/learning/enrolments').set(bearer(tokens.otherRep)).send({ courseId }),
      ),
    ]);
    expect(writes.every((w) => w.status === 201)).toBe(true);
    const mismatches = await db.query(
      `with actual as (
         select employee_id, count(*)::int as enrolments,
                (count(*) filter (where completed_at is not null))::int as completed,
                coalesce(array_agg(due_date order by due_date) filter (where completed_at is null and due_date is not null), '{}') as open_due
           from enrolments group by employee_id)
       select coalesce(a.employee_id, s.employee_id) as id
         from actual a full join learning_person_summaries s on s.employee_id = a.employee_id
        where a.employee_id is null and s.enrolments <> 0
           or s.employee_id is null
           or (a.enrolments, a.completed, a.open_due) is distinct from (s.enrolments, s.completed, s.open_due)`,
    );
    expect(mismatches).toEqual([]);
    const [summary] = await db.query(
      `select enrolments, cardinality(open_due) as open from learning_person_summaries where employee_id = $1`,
      [org.otherRep.employee.id],
    );
    expect(summary).toMatchObject({ open: 8 });
    expect(summary.enrolments).toBeGreaterThanOrEqual(8);
    // HR's team view counts them as overdue (due 2020-01-01).
    const team = await api().get('/api/learning/team').set(bearer(tokens.hr));
    const row = team.body.people.find(
      (p: { employeeId: string }) => p.employeeId === org.otherRep.employee.id,
    );
    expect(row?.overdue).toBeGreaterThanOrEqual(8);
  });
});
