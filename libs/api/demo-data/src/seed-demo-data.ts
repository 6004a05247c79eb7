import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '@cadre/api/core';
import { EmployeeEntity, OrgUnitEntity, PasswordHasher, UserEntity } from '@cadre/api/identity';
import type { RoleProfileVersionDto } from '@cadre/shared/contracts';
import { addDaysIso, todayIso } from '@cadre/shared/util';
import { DEMO_EMPLOYEES, DEMO_LOGINS, DEMO_PASSWORD, DEMO_UNITS } from './demo-company';
import { DEMO_APPLICATIONS, DEMO_CANDIDATES, DEMO_REQUISITIONS } from './demo-recruitment';
import { DEMO_COURSES } from './demo-learning';
import { DEMO_COMPETENCIES, DEMO_PROFILES } from './demo-talent';
import { seedDemoLearning } from './seed-demo-learning';
import { seedDemoLibrary } from './seed-demo-library';
import { DEMO_MENTORS } from './demo-mentorship';
import { seedDemoMentorship } from './seed-demo-mentorship';
import { seedDemoCareers } from './seed-demo-careers';
import { seedDemoCompensation } from './seed-demo-compensation';
import { seedDemoPerformance } from './seed-demo-performance';
import { seedDemoRecruitment } from './seed-demo-recruitment';
import {
  CompetencyEntity,
  RoleProfileCompetencyEntity,
  RoleProfileEntity,
  RoleProfileVersionEntity,
} from '@cadre/api/talent';

export interface SeedResult {
  seeded: boolean;
  units: number;
  employees: number;
  users: number;
}

/**
 * Loads the demo company into an empty database (no users yet); does nothing otherwise,
 * so it is safe on every start. One multi-row INSERT per table, in one transaction.
 */
export async function seedDemoData(
  dataSource: DataSource,
  hasher: PasswordHasher,
  today = todayIso(),
): Promise<SeedResult> {
  return dataSource.transaction(async (tx) => {
    // Serialise concurrent first starts of several replicas.
    await tx.query('select pg_advisory_xact_lock(7246002)');
    if ((await tx.getRepository(UserEntity).count()) > 0)
      return { seeded: false, units: 0, employees: 0, users: 0 };

    const unitIds = new Map(DEMO_UNITS.map((u) => [u.key, randomUUID()]));
    const employeeIds = new Map(DEMO_EMPLOYEES.map((x) => [x.key, randomUUID()]));
    const id = (map: Map<string, string>, key: string | null) => {
      if (key === null) return null;
      const found = map.get(key);
      if (!found) throw new Error(`demo data refers to unknown key "${key}"`);
      return found;
    };

    // Units first without managers (employees do not exist yet), then employees, then managers.
    await tx
      .createQueryBuilder()
      .insert()
      .into(OrgUnitEntity)
      .values(
        DEMO_UNITS.map((u) => ({
          id: id(unitIds, u.key) ?? undefined,
          name: u.name,
          kind: u.kind,
          parentId: id(unitIds, u.parent),
          managerId: null,
        })),
      )
      .execute();
    await tx
      .createQueryBuilder()
      .insert()
      .into(EmployeeEntity)
      .values(
        DEMO_EMPLOYEES.map((x) => ({
          id: id(employeeIds, x.key) ?? undefined,
          fullName: x.fullName,
          email: x.email,
          jobTitle: x.jobTitle,
          hireDate: typeof x.hired === 'string' ? x.hired : addDaysIso(today, -x.hired.daysAgo),
          status: x.status ?? 'active',
          orgUnitId: id(unitIds, x.unit) ?? '',
          managerId: id(employeeIds, x.manager),
        })),
      )
      .execute();
    await tx.query(
      `update org_units u set manager_id = v.manager_id::uuid from unnest($1::uuid[], $2::text[]) as v(unit_id, manager_id) where u.id = v.unit_id`,
      [DEMO_UNITS.map((u) => id(unitIds, u.key)), DEMO_UNITS.map((u) => id(employeeIds, u.manager))],
    );

    const passwordHash = await hasher.hash(DEMO_PASSWORD);
    const userIds = DEMO_LOGINS.map(() => randomUUID());
    await tx
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(
        DEMO_LOGINS.map((login, i) => ({
          id: userIds[i],
          email: login.email,
          displayName: login.displayName,
          roles: login.roles,
          passwordHash,
          locale: 'en' as const,
        })),
      )
      .execute();
    await tx.query(
      `update employees e set user_id = v.user_id from unnest($1::uuid[], $2::uuid[]) as v(employee_id, user_id) where e.id = v.employee_id`,
      [DEMO_LOGINS.map((l) => id(employeeIds, l.employee)), userIds],
    );
    // The sales competency library and four role profiles (version 1 each).
    const competencyIds = new Map(DEMO_COMPETENCIES.map((c) => [c.code, randomUUID()]));
    await tx
      .createQueryBuilder()
      .insert()
      .into(CompetencyEntity)
      .values(
        DEMO_COMPETENCIES.map((c) => ({
          id: competencyIds.get(c.code),
          code: c.code,
          category: c.category,
          nameEn: c.name[0],
          nameZh: c.name[1],
          descriptionEn: c.description[0],
          descriptionZh: c.description[1],
          levels: c.levels.map(([en, zh], i) => ({ level: i + 1, en, zh })),
        })),
      )
      .execute();
    const profiles = new Map<string, RoleProfileVersionDto>();
    for (const profile of DEMO_PROFILES) {
      const profileId = randomUUID();
      const versionId = randomUUID();
      await tx.insert(RoleProfileEntity, { id: profileId, code: profile.code, currentVersion: 1 });
      await tx.insert(RoleProfileVersionEntity, {
        id: versionId,
        profileId,
        version: 1,
        nameEn: profile.name[0],
        nameZh: profile.name[1],
        summaryEn: profile.summary[0],
        summaryZh: profile.summary[1],
        minYearsExperience: profile.minYearsExperience,
        education: profile.education,
        createdByUserId: null,
      });
      await tx.insert(
        RoleProfileCompetencyEntity,
        profile.competencies.map(([code, targetLevel, weight, mustHave], position) => ({
          versionId,
          competencyId: id(competencyIds, code) ?? '',
          targetLevel,
          weight,
          mustHave,
          position,
        })),
      );
      profiles.set(profile.code, {
        id: versionId,
        profileId,
        version: 1,
        name: { en: profile.name[0], zh: profile.name[1] },
        summary: { en: profile.summary[0], zh: profile.summary[1] },
        minYearsExperience: profile.minYearsExperience,
        education: profile.education,
        competencies: profile.competencies.map(([code, targetLevel, weight, mustHave]) => {
          const competency = DEMO_COMPETENCIES.find((c) => c.code === code);
          return {
            competencyId: id(competencyIds, code) ?? '',
            competencyCode: code,
            competencyName: { en: competency?.name[0] ?? code, zh: competency?.name[1] ?? code },
            category: competency?.category ?? 'skill',
            targetLevel,
            weight,
            mustHave,
          };
        }),
        createdAt: new Date().toISOString(),
        createdBy: null,
      });
    }

    // Hiring in progress: requisitions, candidates at every stage, scorecards and fit.
    const userIdByEmail = new Map(DEMO_LOGINS.map((login, i) => [login.email, userIds[i] ?? '']));
    await seedDemoRecruitment(tx, {
      now: new Date(`${today}T12:00:00Z`),
      unitId: (key) => id(unitIds, key) ?? '',
      employeeId: (key) => id(employeeIds, key) ?? '',
      userId: (email) => id(userIdByEmail, email) ?? '',
      profiles,
    });

    // Sales tools: the enablement library, then training that points into it.
    const resources = await seedDemoLibrary(tx, {
      now: new Date(`${today}T12:00:00Z`),
      unitId: (key) => id(unitIds, key) ?? '',
      userId: (email) => id(userIdByEmail, email) ?? '',
      employeeId: (key) => id(employeeIds, key) ?? '',
      competencyId: (code) => id(competencyIds, code) ?? '',
    });

    // Training: the demo courses, and the rep and manager part-way through theirs.
    await seedDemoLearning(tx, {
      now: new Date(`${today}T12:00:00Z`),
      today,
      employeeId: (key) => id(employeeIds, key) ?? '',
      userId: (email) => id(userIdByEmail, email) ?? '',
      competencyId: (code) => id(competencyIds, code) ?? '',
      roleProfileId: (code) => profiles.get(code)?.profileId ?? '',
      resourceId: (key) => resources.get(key) ?? '',
    });

    // Mentoring: the mentor pool, the rep's mentor, and new hires waiting for theirs.
    await seedDemoMentorship(tx, {
      now: new Date(`${today}T12:00:00Z`),
      today,
      employeeId: (key) => id(employeeIds, key) ?? '',
      userId: (email) => id(userIdByEmail, email) ?? '',
      competencyId: (code) => id(competencyIds, code) ?? '',
    });

    // Performance: metrics, the fiscal calendar, a year of credited sales and cascaded targets.
    const performance = await seedDemoPerformance(tx, {
      today,
      employeeId: (key) => id(employeeIds, key) ?? '',
      unitId: (key) => id(unitIds, key) ?? '',
    });

    // Commissions: the Account Executive plan assigned, three months locked, last month awaiting approval.
    const compensation = await seedDemoCompensation(tx, {
      today,
      employeeId: (key) => id(employeeIds, key) ?? '',
      userId: (email) => id(userIdByEmail, email) ?? '',
    });

    // Careers: both tracks, where people stand, this half's assessment, a nomination awaiting HR.
    const careers = await seedDemoCareers(tx, {
      dataSource,
      now: new Date(`${today}T12:00:00Z`),
      today,
      employeeId: (key) => id(employeeIds, key) ?? '',
      userId: (email) => id(userIdByEmail, email) ?? '',
      competencyId: (code) => id(competencyIds, code) ?? '',
      profiles,
    });

    await tx.insert(AuditEntryEntity, {
      action: 'demo.seed',
      entityType: 'system',
      entityId: 'demo-data',
      after: {
        units: DEMO_UNITS.length,
        employees: DEMO_EMPLOYEES.length,
        users: DEMO_LOGINS.length,
        competencies: DEMO_COMPETENCIES.length,
        roleProfiles: DEMO_PROFILES.length,
        requisitions: DEMO_REQUISITIONS.length,
        candidates: DEMO_CANDIDATES.length,
        applications: DEMO_APPLICATIONS.length,
        courses: DEMO_COURSES.length,
        libraryResources: resources.size,
        mentors: DEMO_MENTORS.length,
        salesTransactions: performance.transactions,
        commissionStatements: compensation.statements,
        careerLevels: careers.levels,
      },
      actorUserId: null,
      actorEmail: null,
      before: null,
      ip: null,
      requestId: null,
    });
    return {
      seeded: true,
      units: DEMO_UNITS.length,
      employees: DEMO_EMPLOYEES.length,
      users: DEMO_LOGINS.length,
    };
  });
}
