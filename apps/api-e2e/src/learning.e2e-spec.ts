import type { DataSource } from 'typeorm';
import { createCompetency, createRoleProfile, type TestOrganisation } from '@cadre/api/testing';
import { api, bearer, connectDatabase, organisationWithTokens, type RoleTokens } from './support/api';

const t = (en: string) => ({ en, zh: `${en}（中文）` });

/** A quiz bank of `n` single-choice questions whose first option is right. */
const bank = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'single',
    prompt: t(`Question ${i + 1}: which is right?`),
    feedback: t(`Because the first option is right (question ${i + 1})`),
    options: [
      { text: t(`Right ${i + 1}`), correct: true },
      { text: t(`Wrong ${i + 1}`), correct: false },
      { text: t(`Also wrong ${i + 1}`), correct: false },
    ],
  }));

const courseDocument = (
  code: string,
  competencyId: string,
  quiz: Partial<{ maxAttempts: number; timeLimitMinutes: number | null }> = {},
) => ({
  code,
  category: 'onboarding',
  title: t(`Course ${code}`),
  summary: t('What a new account executive needs first'),
  estimatedMinutes: 45,
  competencies: [{ competencyId, level: 3 }],
  certifying: true,
  validityMonths: 12,
  modules: [
    {
      title: t('Our company'),
      items: [
        {
          kind: 'lesson',
          title: t('Who we are'),
          body: t('# Welcome\n\nRead this first.'),
          url: null,
          estimatedMinutes: 10,
          quiz: null,
        },
        {
          kind: 'link',
          title: t('The price list'),
          body: null,
          url: 'https://example.com/prices',
          estimatedMinutes: 5,
          quiz: null,
        },
      ],
    },
    {
      title: t('Check yourself'),
      items: [
        {
          kind: 'quiz',
          title: t('Company quiz'),
          body: null,
          url: null,
          estimatedMinutes: 10,
          quiz: {
            drawCount: 4,
            passMarkPercent: 75,
            maxAttempts: quiz.maxAttempts ?? 3,
            timeLimitMinutes: quiz.timeLimitMinutes ?? null,
            questions: bank(6),
          },
        },
      ],
    },
  ],
});

/** The document as a test edits it (the literal's own type is a union of module shapes). */
interface EditableDocument {
  modules: {
    items: { quiz: { drawCount: number; questions: { options: { correct: boolean }[] }[] } | null }[];
  }[];
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

interface LearnerItem {
  id: string;
  kind: string;
  done: boolean;
  quiz: { attemptsUsed: number; passed: boolean } | null;
}
interface Attempt {
  id: string;
  questions: { id: string; options: { id: string; text: { en: string } }[] }[];
}

describe('learning: courses, enrolments, quizzes graded on the server', () => {
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
  const code = () => `E2E-${Date.now().toString(36).toUpperCase()}-${++seq}`;

  async function publishedCourse(quiz?: Parameters<typeof courseDocument>[2]): Promise<string> {
    const created = await api()
      .post('/api/learning/courses')
      .set(bearer(tokens.hr))
      .send(courseDocument(code(), competencyId, quiz));
    expect(created.status).toBe(201);
    const published = await api()
      .post(`/api/learning/courses/${created.body.id}/publish`)
      .set(bearer(tokens.hr));
    expect(published.status).toBe(200);
    return created.body.id as string;
  }

  async function enrol(token: string, courseId: string, employeeId?: string) {
    return api().post('/api/learning/enrolments').set(bearer(token)).send({ courseId, employeeId });
  }

  async function learnerItems(token: string, enrolmentId: string): Promise<LearnerItem[]> {
    const res = await api().get(`/api/learning/enrolments/${enrolmentId}`).set(bearer(token));
    expect(res.status).toBe(200);
    return res.body.modules.flatMap((m: { items: LearnerItem[] }) => m.items);
  }

  /** Answers every question of the attempt: the right option, or a wrong one for the first `wrong`. */
  const answersFor = (attempt: Attempt, wrong = 0) =>
    attempt.questions.map((q, i) => ({
      questionId: q.id,
      optionIds: [
        q.options.find((o) => (i < wrong ? !o.text.en.startsWith('Right') : o.text.en.startsWith('Right')))
          ?.id,
      ],
    }));

  it('lets HR author a draft that nobody can take until it is published', async () => {
    const created = await api()
      .post('/api/learning/courses')
      .set(bearer(tokens.hr))
      .send(courseDocument(code(), competencyId));
    expect(created.status).toBe(201);
    expect(created.body.latest).toMatchObject({ version: 1, status: 'draft' });
    const ids = created.body.latest.modules.flatMap((m: { items: { id: string }[] }) =>
      m.items.map((i) => i.id),
    );
    expect(ids).toHaveLength(3);
    const catalogue = await api().get('/api/learning/catalogue').set(bearer(tokens.rep));
    expect(catalogue.body.map((c: { courseId: string }) => c.courseId)).not.toContain(created.body.id);
    const early = await enrol(tokens.rep, created.body.id);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('not_published');
  });

  it('403s a rep or a manager writing a course, and 400s a quiz whose key does not fit', async () => {
    for (const token of [tokens.rep, tokens.manager]) {
      expect(
        (
          await api()
            .post('/api/learning/courses')
            .set(bearer(token))
            .send(courseDocument(code(), competencyId))
        ).status,
      ).toBe(403);
      expect((await api().get('/api/learning/courses').set(bearer(token))).status).toBe(403);
    }
    const bad = courseDocument(code(), competencyId);
    const quiz = must((bad as EditableDocument).modules[1]?.items[0]?.quiz ?? undefined);
    must(quiz.questions[0]?.options[1]).correct = true;
    quiz.drawCount = 7;
    const res = await api().post('/api/learning/courses').set(bearer(tokens.hr)).send(bad);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      'modules[1].items[0].quiz.questions[0].options quiz_key',
      'modules[1].items[0].quiz.drawCount too_large',
    ]);
  });

  it('enrols once however often, and at once, the same enrolment is asked for', async () => {
    const courseId = await publishedCourse();
    const answers = await Promise.all(Array.from({ length: 50 }, () => enrol(tokens.rep, courseId)));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const [{ count }] = await db.query(`select count(*)::int as count from enrolments where course_id = $1`, [
      courseId,
    ]);
    expect(count).toBe(1);
  });

  it('never sends a quiz question or the answer key before an attempt is submitted', async () => {
    const courseId = await publishedCourse();
    const enrolment = (await enrol(tokens.rep, courseId)).body;
    const course = await api().get(`/api/learning/enrolments/${enrolment.id}`).set(bearer(tokens.rep));
    expect(JSON.stringify(course.body)).not.toMatch(/correct|Question 1|Right 1/);
    const quiz = must((await learnerItems(tokens.rep, enrolment.id)).find((i) => i.kind === 'quiz'));
    const attempt = await api()
      .post(`/api/learning/enrolments/${enrolment.id}/items/${quiz.id}/attempts`)
      .set(bearer(tokens.rep));
    expect(attempt.status).toBe(201);
    expect(attempt.body.questions).toHaveLength(4);
    expect(JSON.stringify(attempt.body)).not.toMatch(/correct|feedback|Because/);
  });

  it('takes a rep from a failed attempt to a passed one, completing the course: evidence closes the need, a certification is issued', async () => {
    const [need] = await db.query(
      `insert into development_needs (employee_id, competency_id, current_level, target_level, gap, source)
       values ($1, $2, 1.5, 3, 1.5, 'hire') returning id`,
      [org.rep.employee.id, competencyId],
    );
    const courseId = await publishedCourse();
    const enrolment = (await enrol(tokens.rep, courseId)).body;
    const items = await learnerItems(tokens.rep, enrolment.id);
    const [lesson, link, quiz] = items;

    // Marking a lesson done twice is one completion; a quiz cannot be marked done.
    for (let i = 0; i < 2; i++) {
      const res = await api()
        .put(`/api/learning/enrolments/${enrolment.id}/items/${lesson.id}/progress`)
        .set(bearer(tokens.rep))
        .send({ done: true, secondsSpent: 120 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        itemsDone: 1,
        itemsTotal: 3,
        progressPercent: 33,
        status: 'in-progress',
        nextItemId: link.id,
      });
    }
    const quizDone = await api()
      .put(`/api/learning/enrolments/${enrolment.id}/items/${quiz.id}/progress`)
      .set(bearer(tokens.rep))
      .send({ done: true });
    expect(quizDone.status).toBe(409);
    expect(quizDone.body.code).toBe('quiz_by_attempt');
    await api()
      .put(`/api/learning/enrolments/${enrolment.id}/items/${link.id}/progress`)
      .set(bearer(tokens.rep))
      .send({ done: true });

    const start = () =>
      api()
        .post(`/api/learning/enrolments/${enrolment.id}/items/${quiz.id}/attempts`)
        .set(bearer(tokens.rep));
    const first = (await start()).body as Attempt;
    expect((await start()).body.id).toBe(first.id); // an open attempt is resumed, not a second one used

    // An answer to a question not drawn changes nothing: the attempt stays open.
    const notDrawn = await api()
      .post(`/api/learning/attempts/${first.id}/submit`)
      .set(bearer(tokens.rep))
      .send({ answers: [{ questionId: '00000000-0000-4000-8000-000000000000', optionIds: [] }] });
    expect(notDrawn.status).toBe(400);
    expect(notDrawn.body.errors[0]).toMatchObject({ field: 'answers[0].questionId', code: 'not_in_attempt' });

    const failed = await api()
      .post(`/api/learning/attempts/${first.id}/submit`)
      .set(bearer(tokens.rep))
      .send({ answers: answersFor(first, 2) });
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({
      scorePercent: '50.00',
      passed: false,
      attemptsLeft: 2,
      courseCompleted: false,
    });
    expect(failed.body.questions[0]).toMatchObject({
      correct: false,
      feedback: { en: expect.stringContaining('Because') },
    });
    // Attempts are left: the feedback, but not the key.
    expect(failed.body.questions.map((q: { correctOptionIds: string[] }) => q.correctOptionIds)).toEqual([
      [],
      [],
      [],
      [],
    ]);
    const again = await api()
      .post(`/api/learning/attempts/${first.id}/submit`)
      .set(bearer(tokens.rep))
      .send({ answers: answersFor(first) });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_submitted');

    const second = (await start()).body as Attempt;
    expect(second.id).not.toBe(first.id);
    const passed = await api()
      .post(`/api/learning/attempts/${second.id}/submit`)
      .set(bearer(tokens.rep))
      .send({ answers: answersFor(second, 1) });
    expect(passed.body).toMatchObject({ scorePercent: '75.00', passed: true, courseCompleted: true });
    // Passed: now the key, for the question answered wrong too.
    expect(
      passed.body.questions.every((q: { correctOptionIds: string[] }) => q.correctOptionIds.length === 1),
    ).toBe(true);

    const mine = await api().get('/api/learning/me').set(bearer(tokens.rep));
    expect(mine.body.enrolments.find((e: { id: string }) => e.id === enrolment.id)).toMatchObject({
      status: 'completed',
      progressPercent: 100,
    });
    const certification = mine.body.certifications.find(
      (c: { code: string }) => c.code === enrolment.courseCode,
    );
    // The certificate: its holder and their manager may read it, another rep may not.
    const certificate = (token: string) =>
      api().get(`/api/learning/certifications/${certification?.id}`).set(bearer(token));
    expect((await certificate(tokens.rep)).body).toMatchObject({
      code: enrolment.courseCode,
      employeeId: org.rep.employee.id,
    });
    expect((await certificate(tokens.manager)).status).toBe(200);
    expect((await certificate(tokens.otherRep)).status).toBe(403);
    expect(certification).toMatchObject({ expired: false });
    expect(
      new Date(certification.expiresAt).getTime() - new Date(certification.issuedAt).getTime(),
    ).toBeGreaterThan(360 * 86_400_000);

    const needs = await api()
      .get(`/api/employees/${org.rep.employee.id}/development-needs`)
      .set(bearer(tokens.rep));
    expect(needs.body.find((n: { id: string }) => n.id === need.id)).toMatchObject({
      closedBySource: enrolment.courseCode,
      closedAt: expect.any(String),
    });
    const passedAgain = await start();
    expect(passedAgain.status).toBe(409);
    expect(passedAgain.body.code).toBe('already_passed');
  });

  it('refuses an attempt past the last one, and a submit after the time limit, changing nothing', async () => {
    const courseId = await publishedCourse({ maxAttempts: 1, timeLimitMinutes: 5 });
    const enrolment = (await enrol(tokens.rep, courseId)).body;
    const quiz = must((await learnerItems(tokens.rep, enrolment.id)).find((i) => i.kind === 'quiz'));
    const start = () =>
      api()
        .post(`/api/learning/enrolments/${enrolment.id}/items/${quiz.id}/attempts`)
        .set(bearer(tokens.rep));
    const attempt = (await start()).body as Attempt;
    await db.query(`update quiz_attempts set deadline = now() - interval '1 minute' where id = $1`, [
      attempt.id,
    ]);
    const late = await api()
      .post(`/api/learning/attempts/${attempt.id}/submit`)
      .set(bearer(tokens.rep))
      .send({ answers: answersFor(attempt) });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('time_over');
    const [row] = await db.query(`select submitted_at, passed from quiz_attempts where id = $1`, [
      attempt.id,
    ]);
    expect(row).toEqual({ submitted_at: null, passed: null });
    const more = await start();
    expect(more.status).toBe(409);
    expect(more.body.code).toBe('no_attempts_left');
  });

  it('lets a manager assign in their subtree and HR anywhere; nobody else, and a learner sees only their own', async () => {
    const courseId = await publishedCourse();
    const byManager = await enrol(tokens.manager, courseId, org.rep.employee.id);
    expect(byManager.status).toBe(201);
    expect(byManager.body.origin).toBe('assigned');
    expect((await enrol(tokens.manager, courseId, org.otherRep.employee.id)).status).toBe(403);
    expect((await enrol(tokens.rep, courseId, org.otherRep.employee.id)).status).toBe(403);
    const byHr = await enrol(tokens.hr, courseId, org.otherRep.employee.id);
    expect(byHr.status).toBe(201);

    // Someone else's enrolment does not exist for a learner; their list is the manager's only within the subtree.
    expect((await api().get(`/api/learning/enrolments/${byHr.body.id}`).set(bearer(tokens.rep))).status).toBe(
      404,
    );
    const item = (await learnerItems(tokens.otherRep, byHr.body.id))[0];
    const write = await api()
      .put(`/api/learning/enrolments/${byHr.body.id}/items/${item.id}/progress`)
      .set(bearer(tokens.rep))
      .send({ done: true });
    expect(write.status).toBe(404);
    expect(
      (await api().get(`/api/learning/employees/${org.rep.employee.id}`).set(bearer(tokens.manager))).status,
    ).toBe(200);
    expect(
      (await api().get(`/api/learning/employees/${org.otherRep.employee.id}`).set(bearer(tokens.manager)))
        .status,
    ).toBe(403);
    expect(
      (await api().get(`/api/learning/employees/${org.otherRep.employee.id}`).set(bearer(tokens.rep))).status,
    ).toBe(403);
  });

  it('keeps an enrolment on the version it started when the course is edited and republished', async () => {
    const courseId = await publishedCourse();
    const before = (await enrol(tokens.rep, courseId)).body;
    const edited = courseDocument(code(), competencyId);
    (edited.modules[0]?.items as unknown[]).push({
      kind: 'lesson',
      title: t('A new lesson'),
      body: t('New.'),
      url: null,
      estimatedMinutes: 5,
      quiz: null,
    });
    const { code: _drop, category: _category, ...content } = edited;
    const draft = await api()
      .put(`/api/learning/courses/${courseId}/draft`)
      .set(bearer(tokens.hr))
      .send(content);
    expect(draft.status).toBe(200);
    expect(draft.body.latest).toMatchObject({ version: 2, status: 'draft' });
    expect(
      (await api().post(`/api/learning/courses/${courseId}/publish`).set(bearer(tokens.hr))).status,
    ).toBe(200);
    const again = await api().post(`/api/learning/courses/${courseId}/publish`).set(bearer(tokens.hr));
    expect(again.body.code).toBe('no_draft');
    expect(await learnerItems(tokens.rep, before.id)).toHaveLength(3);
    const fresh = (await enrol(tokens.otherRep, courseId)).body;
    expect(await learnerItems(tokens.otherRep, fresh.id)).toHaveLength(4);
  });

  it('lets a manager assign a sequential curriculum in their subtree, locks later steps, and signs off tasks', async () => {
    const profile = await createRoleProfile(db);
    const [first, second] = [await publishedCourse(), await publishedCourse()];
    const curriculum = (items: object[]) =>
      api()
        .put(`/api/learning/curricula/${profile.id}`)
        .set(bearer(tokens.hr))
        .send({ title: t('Path'), sequential: true, items });
    const course = (courseId: string, dueOffsetDays: number) => ({
      kind: 'course',
      courseId,
      taskTitle: null,
      dueOffsetDays,
      required: true,
    });
    const task = {
      kind: 'task',
      courseId: null,
      taskTitle: t('First pipeline review'),
      dueOffsetDays: 20,
      required: true,
    };

    const unpublished = (
      await api()
        .post('/api/learning/courses')
        .set(bearer(tokens.hr))
        .send(courseDocument(code(), competencyId))
    ).body.id;
    const refused = await curriculum([course(unpublished, 1), course(first, 2), course(first, 3)]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      'items[0].courseId no_such_record',
      'items[2].courseId listed_twice',
    ]);
    const empty = await curriculum([]);
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ field: 'items', code: 'too_few' });
    const saved = await curriculum([course(first, 7), task, course(second, 30)]);
    expect(saved.status).toBe(200);
    const asManager = await api()
      .put(`/api/learning/curricula/${profile.id}`)
      .set(bearer(tokens.manager))
      .send({ title: t('Path'), sequential: true, items: [course(first, 7)] });
    expect(asManager.status).toBe(403);

    const assign = (token: string, employeeId: string) =>
      api()
        .post('/api/learning/curriculum-assignments')
        .set(bearer(token))
        .send({ employeeId, roleProfileId: profile.id, startDate: '2026-12-01' });
    expect((await assign(tokens.manager, org.otherRep.employee.id)).status).toBe(403);
    const assigned = await assign(tokens.manager, org.rep.employee.id);
    expect(assigned.status).toBe(201);
    // Each enrolment the path made is in the audit log, with the assignment that made it.
    const audited = await db.query(
      `select count(*)::int as n from audit_log
        where action = 'enrolment.create' and after->>'assignmentId' = $1`,
      [assigned.body.assignmentId],
    );
    expect(audited[0].n).toBe(
      assigned.body.steps.filter((s: { kind: string }) => s.kind === 'course').length,
    );
    expect(
      assigned.body.steps.map((s: { status: string; dueDate: string }) => `${s.status} ${s.dueDate}`),
    ).toEqual(['open 2026-12-08', 'locked 2026-12-21', 'locked 2026-12-31']);
    expect((await assign(tokens.manager, org.rep.employee.id)).body.assignmentId).toBe(
      assigned.body.assignmentId,
    );

    // The third step is locked: the rep cannot open it, the manager cannot sign off the task yet.
    const [firstStep, taskStep, lastStep] = assigned.body.steps as { itemId: string; enrolmentId: string }[];
    const locked = await api()
      .get(`/api/learning/enrolments/${lastStep?.enrolmentId}`)
      .set(bearer(tokens.rep));
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('step_locked');
    const signOff = (token: string) =>
      api()
        .post(
          `/api/learning/curriculum-assignments/${assigned.body.assignmentId}/tasks/${taskStep?.itemId}/sign-off`,
        )
        .set(bearer(token));
    expect((await signOff(tokens.manager)).body.code).toBe('step_locked');

    // The rep completes the first course's items (the quiz passed on its first attempt).
    for (const item of await learnerItems(tokens.rep, firstStep?.enrolmentId ?? '')) {
      if (item.kind !== 'quiz') {
        await api()
          .put(`/api/learning/enrolments/${firstStep?.enrolmentId}/items/${item.id}/progress`)
          .set(bearer(tokens.rep))
          .send({ done: true })
          .expect(200);
        continue;
      }
      const attempt = (
        await api()
          .post(`/api/learning/enrolments/${firstStep?.enrolmentId}/items/${item.id}/attempts`)
          .set(bearer(tokens.rep))
      ).body as Attempt;
      await api()
        .post(`/api/learning/attempts/${attempt.id}/submit`)
        .set(bearer(tokens.rep))
        .send({ answers: answersFor(attempt) })
        .expect(200);
    }
    expect((await signOff(tokens.rep)).status).toBe(403);
    const signed = await signOff(tokens.manager);
    expect(signed.status).toBe(200);
    expect(signed.body.steps.map((s: { status: string }) => s.status)).toEqual(['done', 'done', 'open']);
    expect(signed.body.steps[1]).toMatchObject({
      signedOffBy: expect.any(String),
      signedOffAt: expect.any(String),
    });
    expect((await signOff(tokens.manager)).status).toBe(200);
    expect(
      (await api().get(`/api/learning/enrolments/${lastStep?.enrolmentId}`).set(bearer(tokens.rep))).status,
    ).toBe(200);

    // HR edits the path (the steps keep their ids, a course is added): the sign-off stays, and
    // the rep, already on the path, is enrolled in the new course.
    const third = await publishedCourse();
    const kept = saved.body.items.map(
      (i: {
        id: string;
        kind: string;
        courseId: string | null;
        taskTitle: unknown;
        dueOffsetDays: number;
      }) => ({
        id: i.id,
        kind: i.kind,
        courseId: i.courseId,
        taskTitle: i.taskTitle,
        dueOffsetDays: i.dueOffsetDays,
        required: true,
      }),
    );
    expect((await curriculum([...kept, course(third, 40)])).status).toBe(200);
    const after = await api().get('/api/learning/me').set(bearer(tokens.rep));
    const path = after.body.curricula.find(
      (c: { assignmentId: string }) => c.assignmentId === assigned.body.assignmentId,
    );
    expect(path.steps.map((s: { status: string }) => s.status)).toEqual(['done', 'done', 'open', 'locked']);
    expect(path.steps[1].signedOffAt).toEqual(signed.body.steps[1].signedOffAt);
    expect(path.steps[3].enrolmentId).toEqual(expect.any(String));
  });

  it('refuses a sign-off of one’s own task and of someone outside one’s part of the organisation', async () => {
    const profile = await createRoleProfile(db);
    await api()
      .put(`/api/learning/curricula/${profile.id}`)
      .set(bearer(tokens.hr))
      .send({
        title: t('Tasks only'),
        sequential: false,
        items: [{ kind: 'task', courseId: null, taskTitle: t('A task'), dueOffsetDays: 5, required: true }],
      })
      .expect(200);
    const assignTo = async (employeeId: string) =>
      (
        await api()
          .post('/api/learning/curriculum-assignments')
          .set(bearer(tokens.hr))
          .send({ employeeId, roleProfileId: profile.id, startDate: '2026-12-01' })
          .expect(201)
      ).body as { assignmentId: string; steps: { itemId: string }[] };
    const own = await assignTo(org.manager.employee.id);
    const other = await assignTo(org.otherRep.employee.id);
    const signOff = (a: { assignmentId: string; steps: { itemId: string }[] }) =>
      api()
        .post(`/api/learning/curriculum-assignments/${a.assignmentId}/tasks/${a.steps[0]?.itemId}/sign-off`)
        .set(bearer(tokens.manager));
    expect((await signOff(own)).status).toBe(403);
    expect((await signOff(other)).status).toBe(403);
    const [{ n }] = await db.query(
      `select count(*)::int as n from curriculum_task_sign_offs where assignment_id = any($1)`,
      [[own.assignmentId, other.assignmentId]],
    );
    expect(n).toBe(0);
  });

  it("hides the author's view and others' attempts: 403 and 404, nothing changed", async () => {
    const courseId = await publishedCourse();
    for (const token of [tokens.rep, tokens.manager])
      expect((await api().get(`/api/learning/courses/${courseId}`).set(bearer(token))).status).toBe(403);
    const enrolment = (await enrol(tokens.rep, courseId)).body;
    const quiz = must((await learnerItems(tokens.rep, enrolment.id)).find((i) => i.kind === 'quiz'));
    const start = (token: string) =>
      api().post(`/api/learning/enrolments/${enrolment.id}/items/${quiz.id}/attempts`).set(bearer(token));
    expect((await start(tokens.otherRep)).status).toBe(404);
    const attempt = (await start(tokens.rep)).body as Attempt;
    const theirs = await api()
      .post(`/api/learning/attempts/${attempt.id}/submit`)
      .set(bearer(tokens.otherRep))
      .send({ answers: answersFor(attempt) });
    expect(theirs.status).toBe(404);
    const [row] = await db.query(`select submitted_at from quiz_attempts where id = $1`, [attempt.id]);
    expect(row.submitted_at).toBeNull();
  });

  it("shows a manager their people's learning and HR everyone's; a rep has no team view", async () => {
    const courseId = await publishedCourse();
    await enrol(tokens.manager, courseId, org.rep.employee.id);
    await enrol(tokens.hr, courseId, org.otherRep.employee.id);
    const team = async (token: string) => api().get('/api/learning/team').set(bearer(token));
    const names = (body: { people: { employeeId: string }[] }) => body.people.map((p) => p.employeeId);
    const mine = await team(tokens.manager);
    expect(mine.status).toBe(200);
    expect(names(mine.body)).toContain(org.rep.employee.id);
    expect(names(mine.body)).not.toContain(org.otherRep.employee.id);
    const course = mine.body.courses.find((c: { courseId: string }) => c.courseId === courseId);
    expect(course).toMatchObject({ enrolled: 1, completed: 0 });
    const everyone = await team(tokens.hr);
    expect(names(everyone.body)).toEqual(
      expect.arrayContaining([org.rep.employee.id, org.otherRep.employee.id]),
    );
    expect(everyone.body.courses.find((c: { courseId: string }) => c.courseId === courseId)).toMatchObject({
      enrolled: 2,
    });
    expect((await team(tokens.rep)).status).toBe(403);
  });
});
