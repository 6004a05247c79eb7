import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { CurriculumItemKind, CurriculumRequest } from '@cadre/shared/contracts';

export interface CurriculumItemRow {
  id: string;
  curriculumId: string;
  roleProfileId: string;
  titleEn: string;
  titleZh: string;
  sequential: boolean;
  itemId: string | null;
  position: number | null;
  kind: CurriculumItemKind | null;
  courseId: string | null;
  courseCode: string | null;
  courseTitleEn: string | null;
  courseTitleZh: string | null;
  taskTitleEn: string | null;
  taskTitleZh: string | null;
  resourceId: string | null;
  resourceTitleEn: string | null;
  resourceTitleZh: string | null;
  dueOffsetDays: number | null;
  required: boolean | null;
}

/** A step of an assignment as the progress query answers it. */
export interface StepRow {
  assignmentId: string;
  employeeId: string;
  startDate: string;
  titleEn: string;
  titleZh: string;
  sequential: boolean;
  itemId: string;
  kind: CurriculumItemKind;
  required: boolean;
  dueDate: string;
  stepTitleEn: string;
  stepTitleZh: string;
  enrolmentId: string | null;
  completedAt: Date | null;
  resourceId: string | null;
  /** A resource step: when the learner first opened the resource. */
  readAt: Date | null;
  signedOffAt: Date | null;
  signedOffBy: string | null;
}

/** Read model: talent's competencies and development needs joined for names and targets only. */
export interface RecommendationRow {
  competencyCode: string;
  nameEn: string;
  nameZh: string;
  targetLevel: number;
  courseId: string;
  courseCode: string;
  titleEn: string;
  titleZh: string;
  level: number;
  enrolmentId: string | null;
}

@Injectable()
export class CurriculaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Curricula with their items in order (one row per item; a curriculum without items has one row). */
  items(filter: { roleProfileId?: string }, tx?: Tx): Promise<CurriculumItemRow[]> {
    return selectRows<CurriculumItemRow>(
      tx ?? this.dataSource.manager,
      `select c.id, c.id as "curriculumId", c.role_profile_id as "roleProfileId", c.title_en as "titleEn",
              c.title_zh as "titleZh", c.sequential, i.id as "itemId", i.position, i.kind, i.course_id as "courseId",
              co.code as "courseCode", pv.title_en as "courseTitleEn", pv.title_zh as "courseTitleZh",
              i.task_title_en as "taskTitleEn", i.task_title_zh as "taskTitleZh",
              i.resource_id as "resourceId", rv.title_en as "resourceTitleEn", rv.title_zh as "resourceTitleZh",
              i.due_offset_days as "dueOffsetDays", i.required
         from curricula c
         left join curriculum_items i on i.curriculum_id = c.id
         left join courses co on co.id = i.course_id
         left join course_versions pv on pv.course_id = i.course_id and pv.status = 'published'
         left join library_resources r on r.id = i.resource_id
         left join library_resource_versions rv on rv.resource_id = r.id and rv.version = r.current_version
        where ($1::uuid is null or c.role_profile_id = $1)
        order by c.title_en, i.position`,
      [filter.roleProfileId ?? null],
    );
  }

  /**
   * Creates or updates the role profile's curriculum. Steps keep their ids (and so their
   * sign-offs) when the request names them; steps left out are removed, new ones added, and
   * everyone already on the path is enrolled in any new course step. Answers the id and
   * the enrolments it made.
   */
  async save(
    tx: Tx,
    roleProfileId: string,
    request: CurriculumRequest,
  ): Promise<{ id: string; enrolled: { id: string; assignmentId: string }[] }> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into curricula (role_profile_id, title_en, title_zh, sequential) values ($1, $2, $3, $4)
       on conflict (role_profile_id) do update
         set title_en = excluded.title_en, title_zh = excluded.title_zh, sequential = excluded.sequential, updated_at = now()
       returning id`,
      [roleProfileId, request.title.en, request.title.zh, request.sequential],
    );
    if (!row) throw new Error('the curriculum upsert returned nothing');
    // Only this curriculum's own step ids are kept; any other id is a new step.
    const own = new Set(
      (
        await selectRows<{ id: string }>(tx, `select id from curriculum_items where curriculum_id = $1`, [
          row.id,
        ])
      ).map((r) => r.id),
    );
    const steps = request.items.map((item, position) => ({
      id: item.id && own.has(item.id) ? item.id : null,
      position,
      kind: item.kind,
      course_id: item.kind === 'course' ? item.courseId : null,
      task_title_en: hasTitle(item.kind) ? (item.taskTitle?.en ?? null) : null,
      task_title_zh: hasTitle(item.kind) ? (item.taskTitle?.zh ?? null) : null,
      resource_id: item.kind === 'resource' ? (item.resourceId ?? null) : null,
      due_offset_days: item.dueOffsetDays,
      required: item.required,
    }));
    const kept = steps.flatMap((s) => (s.id ? [s.id] : []));
    await tx.query(`delete from curriculum_items where curriculum_id = $1 and not (id = any($2::uuid[]))`, [
      row.id,
      kept,
    ]);
    // Out of the way of the (curriculum, position) key while the steps take their new places.
    await tx.query(`update curriculum_items set position = -1 - position where curriculum_id = $1`, [row.id]);
    await tx.query(
      `insert into curriculum_items (id, curriculum_id, position, kind, course_id, task_title_en, task_title_zh,
                                     resource_id, due_offset_days, required)
       select coalesce(s.id, gen_random_uuid()), $1, s.position, s.kind, s.course_id, s.task_title_en, s.task_title_zh,
              s.resource_id, s.due_offset_days, s.required
         from jsonb_to_recordset($2::jsonb) as s(id uuid, position int, kind text, course_id uuid, task_title_en text,
                                                  task_title_zh text, resource_id uuid, due_offset_days int, required boolean)
       on conflict (id) do update
         set position = excluded.position, kind = excluded.kind, course_id = excluded.course_id,
             task_title_en = excluded.task_title_en, task_title_zh = excluded.task_title_zh,
             resource_id = excluded.resource_id,
             due_offset_days = excluded.due_offset_days, required = excluded.required`,
      [row.id, JSON.stringify(steps)],
    );
    const enrolled = await selectRows<{ id: string; assignmentId: string }>(
      tx,
      `insert into enrolments (employee_id, course_id, course_version_id, origin, assigned_by_user_id, due_date, curriculum_assignment_id)
       select a.employee_id, i.course_id, v.id, a.origin, a.assigned_by_user_id, a.start_date + i.due_offset_days, a.id
         from curriculum_assignments a
         join curriculum_items i on i.curriculum_id = a.curriculum_id and i.kind = 'course'
         join course_versions v on v.course_id = i.course_id and v.status = 'published'
        where a.curriculum_id = $1
          and not exists (select 1 from enrolments e where e.employee_id = a.employee_id and e.course_id = i.course_id)
       on conflict (employee_id, course_id) where completed_at is null do nothing
       returning id, curriculum_assignment_id as "assignmentId"`,
      [row.id],
    );
    return { id: row.id, enrolled };
  }

  /** Those of the course ids that have a published version. */
  async publishedCourseIds(tx: Tx, courseIds: string[]): Promise<Set<string>> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `select course_id as id from course_versions where status = 'published' and course_id = any($1::uuid[])`,
      [courseIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Assigns the curriculum from a start date and enrols its course steps (each in the
   * course's published version, due start + offset), in two statements. Assigning again
   * changes nothing. Answers the assignment's id and whether it is new.
   */
  async assign(
    tx: Tx,
    a: {
      employeeId: string;
      curriculumId: string;
      startDate: string;
      origin: 'hire' | 'assigned';
      assignedByUserId: string | null;
    },
  ): Promise<{ id: string; created: boolean; enrolled: string[] }> {
    const [inserted] = await selectRows<{ id: string }>(
      tx,
      `insert into curriculum_assignments (employee_id, curriculum_id, start_date, origin, assigned_by_user_id)
       values ($1, $2, $3, $4, $5) on conflict (employee_id, curriculum_id) do nothing returning id`,
      [a.employeeId, a.curriculumId, a.startDate, a.origin, a.assignedByUserId],
    );
    if (!inserted) {
      const [existing] = await selectRows<{ id: string }>(
        tx,
        `select id from curriculum_assignments where employee_id = $1 and curriculum_id = $2`,
        [a.employeeId, a.curriculumId],
      );
      if (!existing) throw new Error('the assignment that refused the insert is gone');
      return { id: existing.id, created: false, enrolled: [] };
    }
    const enrolled = await selectRows<{ id: string }>(
      tx,
      `insert into enrolments (employee_id, course_id, course_version_id, origin, assigned_by_user_id, due_date, curriculum_assignment_id)
       select $1, i.course_id, v.id, $2, $3, $4::date + i.due_offset_days, $5
         from curriculum_items i join course_versions v on v.course_id = i.course_id and v.status = 'published'
        where i.curriculum_id = $6 and i.kind = 'course'
        order by i.position
       on conflict (employee_id, course_id) where completed_at is null do update
         set curriculum_assignment_id = excluded.curriculum_assignment_id,
             due_date = least(enrolments.due_date, excluded.due_date)
       returning id`,
      [a.employeeId, a.origin, a.assignedByUserId, a.startDate, inserted.id, a.curriculumId],
    );
    return { id: inserted.id, created: true, enrolled: enrolled.map((e) => e.id) };
  }

  steps(filter: { employeeId?: string; assignmentId?: string }, tx?: Tx): Promise<StepRow[]> {
    return selectRows<StepRow>(
      tx ?? this.dataSource.manager,
      `select a.id as "assignmentId", a.employee_id as "employeeId", a.start_date::text as "startDate",
              c.title_en as "titleEn", c.title_zh as "titleZh", c.sequential,
              i.id as "itemId", i.kind, i.required, (a.start_date + i.due_offset_days)::text as "dueDate",
              coalesce(v.title_en, pv.title_en, rv.title_en, i.task_title_en) as "stepTitleEn",
              coalesce(v.title_zh, pv.title_zh, rv.title_zh, i.task_title_zh) as "stepTitleZh",
              e.id as "enrolmentId", e.completed_at as "completedAt", i.resource_id as "resourceId",
              (select min(w.viewed_at) from library_resource_views w
                where w.resource_id = i.resource_id and w.employee_id = a.employee_id) as "readAt",
              s.signed_off_at as "signedOffAt", u.display_name as "signedOffBy"
         from curriculum_assignments a
         join curricula c on c.id = a.curriculum_id
         join curriculum_items i on i.curriculum_id = c.id
         left join lateral (select e.id, e.completed_at, e.course_version_id from enrolments e
                             where e.employee_id = a.employee_id and e.course_id = i.course_id
                             -- A course finished once stays done, even if taken again since.
                             order by e.completed_at is not null desc, e.enrolled_at desc limit 1) e on true
         left join course_versions v on v.id = e.course_version_id
         left join course_versions pv on pv.course_id = i.course_id and pv.status = 'published'
         left join library_resources r on r.id = i.resource_id
         left join library_resource_versions rv on rv.resource_id = r.id and rv.version = r.current_version
         left join curriculum_task_sign_offs s on s.assignment_id = a.id and s.item_id = i.id
         left join users u on u.id = s.signed_off_by_user_id
        where ($1::uuid is null or a.employee_id = $1) and ($2::uuid is null or a.id = $2)
        order by a.created_at, a.id, i.position`,
      [filter.employeeId ?? null, filter.assignmentId ?? null],
    );
  }

  async lockAssignment(tx: Tx, assignmentId: string): Promise<void> {
    await tx.query(`select id from curriculum_assignments where id = $1 for update`, [assignmentId]);
  }

  async signOff(tx: Tx, assignmentId: string, itemId: string, userId: string): Promise<boolean> {
    const rows = await selectRows<{ itemId: string }>(
      tx,
      `insert into curriculum_task_sign_offs (assignment_id, item_id, signed_off_at, signed_off_by_user_id)
       values ($1, $2, now(), $3) on conflict do nothing returning item_id as "itemId"`,
      [assignmentId, itemId, userId],
    );
    return rows.length > 0;
  }

  /**
   * Marks done every "meet your mentor" step of the employee's assigned curricula, as of
   * the first check-in's day. Answers the steps newly done.
   */
  async completeMentorSteps(
    tx: Tx,
    employeeId: string,
    on: string,
  ): Promise<{ assignmentId: string; itemId: string }[]> {
    return selectRows<{ assignmentId: string; itemId: string }>(
      tx,
      `insert into curriculum_task_sign_offs (assignment_id, item_id, signed_off_at, signed_off_by_user_id)
       select a.id, i.id, $2::date, null
         from curriculum_assignments a join curriculum_items i on i.curriculum_id = a.curriculum_id and i.kind = 'mentor'
        where a.employee_id = $1
       on conflict do nothing
       returning assignment_id as "assignmentId", item_id as "itemId"`,
      [employeeId, on],
    );
  }

  /** The assignment a course enrolment is a step of, if any. */
  async assignmentOfEnrolment(enrolmentId: string, tx?: Tx): Promise<string | null> {
    const [row] = await selectRows<{ id: string | null }>(
      tx ?? this.dataSource.manager,
      `select curriculum_assignment_id as id from enrolments where id = $1`,
      [enrolmentId],
    );
    return row?.id ?? null;
  }

  recommendations(employeeId: string): Promise<RecommendationRow[]> {
    return selectRows<RecommendationRow>(
      this.dataSource.manager,
      `select k.code as "competencyCode", k.name_en as "nameEn", k.name_zh as "nameZh", d.target_level as "targetLevel",
              c.id as "courseId", c.code as "courseCode", v.title_en as "titleEn", v.title_zh as "titleZh", vc.level,
              (select e.id from enrolments e where e.employee_id = d.employee_id and e.course_id = c.id
                order by e.completed_at is null desc, e.enrolled_at desc limit 1) as "enrolmentId"
         from development_needs d
         join competencies k on k.id = d.competency_id
         join course_version_competencies vc on vc.competency_id = d.competency_id and vc.level >= d.target_level
         join course_versions v on v.id = vc.course_version_id and v.status = 'published'
         join courses c on c.id = v.course_id
        where d.employee_id = $1 and d.closed_at is null
        order by d.gap desc, k.code, vc.level, c.code`,
      [employeeId],
    );
  }
}

/** Tasks and "meet your mentor" steps carry their own title; courses and resources have theirs. */
function hasTitle(kind: CurriculumItemKind): boolean {
  return kind === 'task' || kind === 'mentor';
}
