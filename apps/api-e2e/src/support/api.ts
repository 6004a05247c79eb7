import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestOrganisation, TEST_PASSWORD, type TestOrganisation } from '@cadre/api/testing';

/** Talks to the server that global setup booted. */
export function api() {
  const url = process.env['CADRE_E2E_API_URL'];
  if (!url) throw new Error('CADRE_E2E_API_URL is not set: run through the api-e2e jest config');
  return request(url);
}

/** A direct connection to the server's database, for factories. One per test file. */
export async function connectDatabase(): Promise<DataSource> {
  const url = process.env['CADRE_E2E_DATABASE_URL'];
  if (!url) throw new Error('CADRE_E2E_DATABASE_URL is not set');
  return new DataSource({ type: 'postgres', url, extra: { max: 2 } }).initialize();
}

/** Each login from its own made-up address, so throttling tests do not spill over. */
export function freshAddress(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export async function tokenFor(email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await api()
    .post('/api/auth/login')
    .set('X-Forwarded-For', freshAddress())
    .send({ email, password });
  if (res.status !== 200)
    throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

export type RoleTokens = Record<'admin' | 'hr' | 'manager' | 'rep' | 'otherRep', string>;

/** A fresh organisation and one access token per role. */
export async function organisationWithTokens(
  db: DataSource,
): Promise<{ org: TestOrganisation; tokens: RoleTokens }> {
  const org = await createTestOrganisation(db);
  const [admin, hr, manager, rep, otherRep] = await Promise.all(
    [org.admin, org.hr, org.manager, org.rep, org.otherRep].map((p) => tokenFor(p.user.email)),
  );
  return { org, tokens: { admin, hr, manager, rep, otherRep } };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
