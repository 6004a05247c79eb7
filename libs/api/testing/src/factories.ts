import { randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import type { EmployeeStatus, OrgUnitKind, Role } from '@cadre/shared/contracts';

/**
 * Test data straight into the tables, with unique values by default, so tests can build
 * exactly the organisation they need without going through the services under test.
 */
export const TEST_PASSWORD = 'test-password-123';
let passwordHash: Promise<string> | null = null;
const testPasswordHash = () =>
  (passwordHash ??= hash(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1, parallelism: 1 }));

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export interface OrgUnitRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  managerId: string | null;
}

export async function createOrgUnit(db: DataSource, values: Partial<OrgUnitRow> = {}): Promise<OrgUnitRow> {
  const row: OrgUnitRow = {
    id: randomUUID(),
    name: unique('Unit'),
    kind: 'team',
    parentId: null,
    managerId: null,
    ...values,
  };
  await db.query(
    `insert into org_units (id, name, kind, parent_id, manager_id) values ($1, $2, $3, $4, $5)`,
    [row.id, row.name, row.kind, row.parentId, row.managerId],
  );
  return row;
}

export interface EmployeeRow {
  id: string;
  fullName: string;
  email: string;
  jobTitle: string;
  hireDate: string;
  status: EmployeeStatus;
  orgUnitId: string;
  managerId: string | null;
  userId: string | null;
}

export async function createEmployee(
  db: DataSource,
  values: Partial<EmployeeRow> & { orgUnitId: string },
): Promise<EmployeeRow> {
  const name = unique('person');
  const row: EmployeeRow = {
    id: randomUUID(),
    fullName: name,
    email: `${name}@example.test`,
    jobTitle: 'Account Executive',
    hireDate: '2024-01-15',
    status: 'active',
    managerId: null,
    userId: null,
    ...values,
  };
  await db.query(
    `insert into employees (id, full_name, email, job_title, hire_date, status, org_unit_id, manager_id, user_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.id,
      row.fullName,
      row.email,
      row.jobTitle,
      row.hireDate,
      row.status,
      row.orgUnitId,
      row.managerId,
      row.userId,
    ],
  );
  return row;
}

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  isActive: boolean;
  password: string;
}

export async function createUser(
  db: DataSource,
  values: Partial<Omit<UserRow, 'password'>> & { employeeId?: string } = {},
): Promise<UserRow> {
  const { employeeId, ...rest } = values;
  const email = `${unique('user')}@example.test`;
  const row: UserRow = {
    id: randomUUID(),
    email,
    displayName: email.split('@')[0],
    roles: ['rep'],
    isActive: true,
    password: TEST_PASSWORD,
    ...rest,
  };
  await db.query(
    `insert into users (id, email, password_hash, display_name, roles, is_active) values ($1, $2, $3, $4, $5, $6)`,
    [row.id, row.email, await testPasswordHash(), row.displayName, row.roles, row.isActive],
  );
  if (employeeId) await db.query(`update employees set user_id = $1 where id = $2`, [row.id, employeeId]);
  return row;
}

/**
 * A small organisation with one person per role, the shape most tests need:
 * company > region > two teams (mine and another), a manager over "mine", a rep in
 * each team, plus HR and an admin at the company.
 */
export interface TestOrganisation {
  company: OrgUnitRow;
  region: OrgUnitRow;
  myTeam: OrgUnitRow;
  otherTeam: OrgUnitRow;
  manager: { employee: EmployeeRow; user: UserRow };
  rep: { employee: EmployeeRow; user: UserRow };
  otherRep: { employee: EmployeeRow; user: UserRow };
  hr: { employee: EmployeeRow; user: UserRow };
  admin: { employee: EmployeeRow; user: UserRow };
}

export async function createTestOrganisation(db: DataSource): Promise<TestOrganisation> {
  const company = await createOrgUnit(db, { kind: 'company' });
  const region = await createOrgUnit(db, { kind: 'region', parentId: company.id });
  const myTeam = await createOrgUnit(db, { kind: 'product_line', parentId: region.id });
  const otherTeam = await createOrgUnit(db, { kind: 'customer_segment', parentId: region.id });
  const person = async (
    orgUnitId: string,
    roles: Role[],
    managerId: string | null = null,
    jobTitle = 'Account Executive',
  ) => {
    const employee = await createEmployee(db, { orgUnitId, managerId, jobTitle });
    const user = await createUser(db, { roles, employeeId: employee.id, displayName: employee.fullName });
    return { employee: { ...employee, userId: user.id }, user };
  };
  const manager = await person(myTeam.id, ['manager'], null, 'Sales Manager');
  await db.query('update org_units set manager_id = $1 where id = $2', [manager.employee.id, myTeam.id]);
  const rep = await person(myTeam.id, ['rep'], manager.employee.id);
  const otherRep = await person(otherTeam.id, ['rep']);
  const hr = await person(company.id, ['hr'], null, 'HR Business Partner');
  const admin = await person(company.id, ['admin'], null, 'Sales Operations');
  return {
    company,
    region,
    myTeam: { ...myTeam, managerId: manager.employee.id },
    otherTeam,
    manager,
    rep,
    otherRep,
    hr,
    admin,
  };
}

export interface CompetencyRow {
  id: string;
  code: string;
}

export async function createCompetency(
  db: DataSource,
  values: Partial<CompetencyRow> & { category?: string } = {},
): Promise<CompetencyRow> {
  const row = { id: randomUUID(), code: unique('comp').toLowerCase(), ...values };
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, en: `Level ${level}`, zh: `等级 ${level}` }));
  await db.query(
    `insert into competencies (id, code, category, name_en, name_zh, description_en, description_zh, levels)
     values ($1, $2, $3, $4, $5, 'A competency', '一项能力', $6)`,
    [
      row.id,
      row.code,
      values.category ?? 'skill',
      `Competency ${row.code}`,
      `能力 ${row.code}`,
      JSON.stringify(levels),
    ],
  );
  return row;
}

export interface RoleProfileRow {
  id: string;
  versionId: string;
  competencies: { id: string; targetLevel: number; weight: string; mustHave: boolean }[];
}

/** A role profile (version 1) requiring the given competencies, created if not given. */
export async function createRoleProfile(
  db: DataSource,
  requirements?: { targetLevel: number; weight: string; mustHave: boolean }[],
): Promise<RoleProfileRow> {
  const wanted = requirements ?? [
    { targetLevel: 4, weight: '3', mustHave: true },
    { targetLevel: 3, weight: '2', mustHave: false },
    { targetLevel: 3, weight: '1', mustHave: false },
  ];
  const competencies = [];
  for (const requirement of wanted)
    competencies.push({ id: (await createCompetency(db)).id, ...requirement });
  const id = randomUUID();
  const versionId = randomUUID();
  await db.query(`insert into role_profiles (id, code, current_version) values ($1, $2, 1)`, [
    id,
    unique('profile').toLowerCase(),
  ]);
  await db.query(
    `insert into role_profile_versions (id, profile_id, version, name_en, name_zh, min_years_experience, education)
     values ($1, $2, 1, 'Account Executive', '客户经理', 2, 'bachelor')`,
    [versionId, id],
  );
  for (const [position, c] of competencies.entries()) {
    await db.query(
      `insert into role_profile_competencies (version_id, competency_id, target_level, weight, must_have, position) values ($1, $2, $3, $4, $5, $6)`,
      [versionId, c.id, c.targetLevel, c.weight, c.mustHave, position],
    );
  }
  return { id, versionId, competencies };
}
