import { randomUUID } from 'node:crypto';
import { CORE_ENTITIES, TransactionRunner } from '@cadre/api/core';
import { COMPENSATION_ENTITIES } from '@cadre/api/compensation';
import { IDENTITY_ENTITIES } from '@cadre/api/identity';
import { LEARNING_ENTITIES } from '@cadre/api/learning';
import { MENTORSHIP_ENTITIES } from '@cadre/api/mentorship';
import { PERFORMANCE_ENTITIES } from '@cadre/api/performance';
import { TALENT_ENTITIES } from '@cadre/api/talent';
import { createRoleProfile, createTestApp, createTestOrganisation, type TestApp } from '@cadre/api/testing';
import { CareersModule } from '../careers.module';
import { CAREERS_ENTITIES } from '../entities';
import { PromotionEffects } from './promotion-effects';

/**
 * The effective date, as the daily check and two racing processes meet it: the level,
 * the role profile, the new level's curriculum and the plan proposal change exactly once.
 */
describe('a promotion taking effect', () => {
  let t: TestApp;
  let effects: PromotionEffects;
  let seniorProfile: string;
  let juniorProfile: string;
  const junior = randomUUID();
  const senior = randomUUID();

  const count = async (sql: string, params: unknown[]) =>
    ((await t.db.query(sql, params)) as { n: number }[])[0]?.n ?? 0;
  const approvedPromotion = async (employeeId: string, effectiveOn: string, placed = true) => {
    if (placed)
      await t.db.query(
        `insert into career_positions (employee_id, level_id, starts_on, source) values ($1, $2, '2024-01-01', 'placed')`,
        [employeeId, junior],
      );
    const [row] = await t.db.query(
      `insert into promotions (employee_id, from_level_id, to_level_id, status, readiness, effective_on)
       values ($1, $2, $3, 'approved', '{}', $4) returning id`,
      [employeeId, junior, senior, effectiveOn],
    );
    return row.id as string;
  };
  const effectsOf = async (employeeId: string, promotionId: string) => ({
    positions: await count(`select count(*)::int as n from career_positions where employee_id = $1`, [
      employeeId,
    ]),
    current: (
      await t.db.query(
        `select level_id as "levelId", starts_on::text as "startsOn" from career_positions
                         where employee_id = $1 and ends_on is null`,
        [employeeId],
      )
    )[0],
    roleProfileId: (
      await t.db.query(`select role_profile_id as id from employees where id = $1`, [employeeId])
    )[0]?.id,
    curricula: await count(`select count(*)::int as n from curriculum_assignments where employee_id = $1`, [
      employeeId,
    ]),
    proposals: await count(`select count(*)::int as n from plan_assignment_proposals where source_id = $1`, [
      promotionId,
    ]),
    audit: await count(
      `select count(*)::int as n from audit_log where action = 'promotion.effective' and entity_id = $1`,
      [promotionId],
    ),
  });

  beforeAll(async () => {
    t = await createTestApp({
      imports: [CareersModule],
      entities: [
        ...CORE_ENTITIES,
        ...IDENTITY_ENTITIES,
        ...TALENT_ENTITIES,
        ...LEARNING_ENTITIES,
        ...MENTORSHIP_ENTITIES,
        ...PERFORMANCE_ENTITIES,
        ...COMPENSATION_ENTITIES,
        ...CAREERS_ENTITIES,
      ],
    });
    effects = t.app.get(PromotionEffects);
    juniorProfile = (await createRoleProfile(t.db)).id;
    seniorProfile = (await createRoleProfile(t.db)).id;
    const track = randomUUID();
    await t.db.query(
      `insert into career_tracks (id, code, kind, name_en, name_zh, position) values ($1, 'x', 'expert', 'X', 'X', 1)`,
      [track],
    );
    await t.db.query(
      `insert into career_levels (id, track_id, rank, role_profile_id) values ($1, $3, 1, $4), ($2, $3, 2, $5)`,
      [junior, senior, track, juniorProfile, seniorProfile],
    );
    await t.db.query(
      `insert into career_level_versions (level_id, version, responsibilities_en, responsibilities_zh, min_months_in_previous_level)
       values ($1, 1, 'a', 'a', 0), ($2, 1, 'b', 'b', 12)`,
      [junior, senior],
    );
    // The senior level's path: one task the manager signs off.
    const [curriculum] = await t.db.query(
      `insert into curricula (role_profile_id, title_en, title_zh) values ($1, 'Senior path', '高级路径') returning id`,
      [seniorProfile],
    );
    await t.db.query(
      `insert into curriculum_items (curriculum_id, position, kind, task_title_en, task_title_zh, due_offset_days)
       values ($1, 1, 'task', 'Lead a deal review', '主持一次商机回顾', 30)`,
      [curriculum.id],
    );
  }, 60_000);
  afterAll(() => t.close());

  it('waits for its date, then applies once however often the daily check asks', async () => {
    const org = await createTestOrganisation(t.db);
    const id = await approvedPromotion(org.rep.employee.id, '2030-03-02');
    expect(await effects.run('2030-03-01')).toBe(0);
    expect((await effectsOf(org.rep.employee.id, id)).positions).toBe(1);
    expect(await effects.run('2030-03-02')).toBe(1);
    // The same day again (another process), and the next day: nothing more.
    expect(await effects.run('2030-03-02')).toBe(0);
    expect(await effects.run('2030-03-03')).toBe(0);
    expect(await effectsOf(org.rep.employee.id, id)).toEqual({
      positions: 2,
      current: { levelId: senior, startsOn: '2030-03-02' },
      roleProfileId: seniorProfile,
      curricula: 1,
      proposals: 1,
      audit: 1,
    });
  });

  it('lets exactly one of two racing transactions apply it, writing the level a new hire was implied at', async () => {
    const org = await createTestOrganisation(t.db);
    // Never placed: the junior level is implied by their role profile until the promotion writes it.
    await t.db.query('update employees set role_profile_id = $1 where id = $2', [
      juniorProfile,
      org.rep.employee.id,
    ]);
    const id = await approvedPromotion(org.rep.employee.id, '2030-04-01', false);
    const transactions = t.app.get(TransactionRunner);
    const outcomes = await Promise.all(
      [0, 1].map(() => transactions.run((tx) => effects.apply(tx, id, '2030-04-01'))),
    );
    expect(outcomes.sort()).toEqual([false, true]);
    expect(await effectsOf(org.rep.employee.id, id)).toMatchObject({
      positions: 2,
      curricula: 1,
      proposals: 1,
      audit: 1,
    });
  });
});
