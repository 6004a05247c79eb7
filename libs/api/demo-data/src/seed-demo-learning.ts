import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MENTOR_STEP_TITLE, type CourseModule } from '@cadre/shared/contracts';
import { addDaysIso } from '@cadre/shared/util';
import { DEMO_COURSES, type DemoModule } from './demo-learning';
import { insertRows } from './insert-rows';
import { insertDemoPdf } from './seed-demo-library';

export interface LearningSeedContext {
  now: Date;
  today: string;
  employeeId: (key: string) => string;
  userId: (email: string) => string;
  competencyId: (code: string) => string;
  roleProfileId: (code: string) => string;
  resourceId: (key: string) => string;
}

/**
 * Every demo course published (version 1), the account executive's onboarding path, and
 * the rep mid-way through their first weeks on it: onboarding under way (two items done,
 * one started), compliance passed with its certification and evidence, the 30-60-90-day
 * plan signed off; a pipeline course the manager assigned is overdue. The manager has the
 * management course to start.
 */
export async function seedDemoLearning(tx: EntityManager, ctx: LearningSeedContext): Promise<void> {
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * 86_400_000).toISOString();
  const courses = DEMO_COURSES.map((course) => ({
    ...course,
    id: randomUUID(),
    versionId: randomUUID(),
    content: withIds(course.modules),
  }));
  // A handout stored in the database: the onboarding course ends with the product overview.
  const handout = await insertDemoPdf(tx, {
    fileName: 'northwind-product-overview.pdf',
    title: 'Northwind Instruments: product overview',
    lines: [
      'Analytics Instruments: AX-500 spectrometer, AX-900 chromatograph.',
      'Service: installation, calibration, Standard and Premium plans.',
      'Who buys: QA laboratories in pharma, food and water utilities.',
    ],
    uploadedBy: ctx.userId('hr@cadre.test'),
    uploadedAt: at(60),
  });
  courses
    .find((c) => c.code === 'AE-ONB-101')
    ?.content.at(-1)
    ?.items.push({
      id: randomUUID(),
      kind: 'pdf',
      title: { en: 'Handout: our product overview', zh: '资料：产品概览' },
      body: null,
      url: null,
      fileId: handout,
      estimatedMinutes: 10,
      quiz: null,
    });
  await insertRows(
    tx,
    'courses',
    courses.map((c) => ({ id: c.id, code: c.code, category: c.category, created_at: at(60) })),
  );
  await insertRows(
    tx,
    'course_versions',
    courses.map((c) => ({
      id: c.versionId,
      course_id: c.id,
      version: 1,
      status: 'published',
      title_en: c.title[0],
      title_zh: c.title[1],
      summary_en: c.summary[0],
      summary_zh: c.summary[1],
      estimated_minutes: c.content.flatMap((m) => m.items).reduce((sum, i) => sum + i.estimatedMinutes, 0),
      certifying: c.certifying,
      validity_months: c.validityMonths,
      content: c.content,
      item_count: c.content.flatMap((m) => m.items).length,
      published_at: at(60),
      created_at: at(60),
    })),
  );
  await insertRows(
    tx,
    'course_version_competencies',
    courses.flatMap((c) =>
      c.competencies.map(([code, level]) => ({
        course_version_id: c.versionId,
        competency_id: ctx.competencyId(code),
        level,
      })),
    ),
  );

  const course = (code: string) => {
    const found = courses.find((c) => c.code === code);
    if (!found) throw new Error(`demo learning refers to unknown course ${code}`);
    return { ...found, items: found.content.flatMap((m) => m.items) };
  };
  const rep = ctx.employeeId('rep');
  const managerUser = ctx.userId('manager@cadre.test');
  const hrUser = ctx.userId('hr@cadre.test');
  const onboarding = course('AE-ONB-101');
  const compliance = course('COMP-101');
  const pipeline = course('CRM-201');
  const management = course('MGMT-201');

  const enrolment = (
    c: typeof onboarding,
    employeeId: string,
    e: {
      origin: string;
      assignedBy: string | null;
      due: string | null;
      enrolledDaysAgo: number;
      startedDaysAgo?: number;
      completedDaysAgo?: number;
    },
  ) => ({
    id: randomUUID(),
    employee_id: employeeId,
    course_id: c.id,
    course_version_id: c.versionId,
    origin: e.origin,
    assigned_by_user_id: e.assignedBy,
    due_date: e.due,
    enrolled_at: at(e.enrolledDaysAgo),
    started_at: e.startedDaysAgo === undefined ? null : at(e.startedDaysAgo),
    completed_at: e.completedDaysAgo === undefined ? null : at(e.completedDaysAgo),
  });
  const repOnboarding = enrolment(onboarding, rep, {
    origin: 'hire',
    assignedBy: null,
    due: addDaysIso(ctx.today, 11),
    enrolledDaysAgo: 19,
    startedDaysAgo: 18,
  });
  const repCompliance = enrolment(compliance, rep, {
    origin: 'hire',
    assignedBy: null,
    due: addDaysIso(ctx.today, -5),
    enrolledDaysAgo: 18,
    startedDaysAgo: 14,
    completedDaysAgo: 10,
  });
  const repPipeline = enrolment(pipeline, rep, {
    origin: 'assigned',
    assignedBy: managerUser,
    due: addDaysIso(ctx.today, -3),
    enrolledDaysAgo: 12,
  });
  const managerCourse = enrolment(management, ctx.employeeId('manager'), {
    origin: 'assigned',
    assignedBy: hrUser,
    due: addDaysIso(ctx.today, 30),
    enrolledDaysAgo: 2,
  });
  // The account executive's onboarding path: the two courses and two tasks the manager signs off.
  const curriculumId = randomUUID();
  const steps = [
    { course: onboarding.id, task: null, due: 30 },
    { course: compliance.id, task: null, due: 14 },
    {
      course: null,
      task: ['Agree your 30-60-90-day plan with your manager', '与经理确定你的 30-60-90 天计划'],
      due: 7,
    },
    { course: null, task: ['Shadow three client visits with your manager', '随经理拜访三位客户'], due: 30 },
    { course: null, task: null, resource: ctx.resourceId('ax500-manual'), due: 21 },
    // Done at the first mentoring check-in (the mentorship seed records it).
    { course: null, task: [MENTOR_STEP_TITLE.en, MENTOR_STEP_TITLE.zh], mentor: true, due: 7 },
  ].map((s, position) => ({ resource: null, mentor: false, ...s, id: randomUUID(), position }));
  await insertRows(tx, 'curricula', [
    {
      id: curriculumId,
      role_profile_id: ctx.roleProfileId('account-executive'),
      title_en: 'Account executive onboarding: the first 90 days',
      title_zh: '客户经理入职路径：前 90 天',
      sequential: false,
      updated_at: at(60),
    },
  ]);
  await insertRows(
    tx,
    'curriculum_items',
    steps.map((s) => ({
      id: s.id,
      curriculum_id: curriculumId,
      position: s.position,
      kind: s.course ? 'course' : s.resource ? 'resource' : s.mentor ? 'mentor' : 'task',
      course_id: s.course,
      resource_id: s.resource,
      task_title_en: s.task?.[0] ?? null,
      task_title_zh: s.task?.[1] ?? null,
      due_offset_days: s.due,
      required: true,
    })),
  );
  const assignmentId = randomUUID();
  await insertRows(tx, 'curriculum_assignments', [
    {
      id: assignmentId,
      employee_id: rep,
      curriculum_id: curriculumId,
      start_date: addDaysIso(ctx.today, -19),
      origin: 'hire',
      assigned_by_user_id: null,
      created_at: at(19),
    },
  ]);
  const planTask = steps[2];
  if (planTask)
    await insertRows(tx, 'curriculum_task_sign_offs', [
      {
        assignment_id: assignmentId,
        item_id: planTask.id,
        signed_off_at: at(12),
        signed_off_by_user_id: managerUser,
      },
    ]);

  // The manager's compliance certification from last year expires within the renewal window:
  // the daily job enrols them again on the server's first start.
  const managerCompliance = enrolment(compliance, ctx.employeeId('manager'), {
    origin: 'assigned',
    assignedBy: hrUser,
    due: addDaysIso(ctx.today, -330),
    enrolledDaysAgo: 350,
    startedDaysAgo: 345,
    completedDaysAgo: 340,
  });
  await insertRows(tx, 'enrolments', [
    { ...repOnboarding, curriculum_assignment_id: assignmentId },
    { ...repCompliance, curriculum_assignment_id: assignmentId },
    { ...repPipeline, curriculum_assignment_id: null },
    { ...managerCourse, curriculum_assignment_id: null },
    { ...managerCompliance, curriculum_assignment_id: null },
  ]);

  const done = (enrolmentId: string, itemId: string, seconds: number, daysAgo: number | null) => ({
    enrolment_id: enrolmentId,
    item_id: itemId,
    seconds_spent: seconds,
    completed_at: daysAgo === null ? null : at(daysAgo),
  });
  const [first, second, third] = onboarding.items;
  const complianceQuiz = compliance.items.find((i) => i.kind === 'quiz');
  if (!first || !second || !third || !complianceQuiz?.quiz) throw new Error('demo courses changed shape');
  await insertRows(tx, 'enrolment_item_progress', [
    done(repOnboarding.id, first.id, 14 * 60, 18),
    done(repOnboarding.id, second.id, 17 * 60, 16),
    done(repOnboarding.id, third.id, 4 * 60, null),
    ...compliance.items.map((item, i) =>
      done(repCompliance.id, item.id, (12 + i * 3) * 60, 10 + (compliance.items.length - 1 - i)),
    ),
  ]);

  // The compliance quiz passed on the first attempt: every question drawn, all answered right.
  const questions = complianceQuiz.quiz.questions;
  await insertRows(tx, 'quiz_attempts', [
    {
      id: randomUUID(),
      enrolment_id: repCompliance.id,
      item_id: complianceQuiz.id,
      number: 1,
      questions: questions.map((q) => ({ questionId: q.id, optionIds: q.options.map((o) => o.id) })),
      started_at: at(10.01),
      deadline: new Date(Date.parse(at(10.01)) + 15 * 60_000).toISOString(),
      submitted_at: at(10),
      answers: Object.fromEntries(
        questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]),
      ),
      score_percent: '100.00',
      passed: true,
    },
  ]);
  await insertRows(tx, 'certifications', [
    {
      id: randomUUID(),
      employee_id: rep,
      code: compliance.code,
      course_version_id: compliance.versionId,
      enrolment_id: repCompliance.id,
      issued_at: at(10),
      expires_at: new Date(Date.parse(at(10)) + 365 * 86_400_000).toISOString(),
    },
    {
      id: randomUUID(),
      employee_id: ctx.employeeId('manager'),
      code: compliance.code,
      course_version_id: compliance.versionId,
      enrolment_id: managerCompliance.id,
      issued_at: at(340),
      expires_at: new Date(Date.parse(at(340)) + 365 * 86_400_000).toISOString(),
    },
  ]);
  // As completing the course does: the evidence, and any need it meets closed.
  const evidence = compliance.competencies.map(([code, level]) => ({
    id: randomUUID(),
    employee_id: rep,
    competency_id: ctx.competencyId(code),
    level,
    source_kind: 'course',
    source_id: repCompliance.id,
    source_label: compliance.code,
    recorded_at: at(10),
  }));
  await insertRows(tx, 'competency_evidence', evidence);
  await tx.query(
    `update development_needs d set closed_at = ev.recorded_at, closing_evidence_id = ev.id
       from competency_evidence ev
      where ev.id = any($1::uuid[]) and d.employee_id = ev.employee_id and d.closed_at is null
        and d.competency_id = ev.competency_id and d.target_level <= ev.level`,
    [evidence.map((e) => e.id)],
  );
}

/** Gives every module, item, question and option its id, as saving a course does. */
function withIds(modules: DemoModule[]): CourseModule[] {
  return modules.map((m) => ({
    id: randomUUID(),
    title: { en: m.title[0], zh: m.title[1] },
    items: m.items.map((item) => ({
      ...item,
      id: randomUUID(),
      quiz: item.quiz && {
        ...item.quiz,
        questions: item.quiz.questions.map((q) => ({
          ...q,
          id: randomUUID(),
          options: q.options.map((o) => ({ ...o, id: randomUUID() })),
        })),
      },
    })),
  }));
}
