import { Client } from 'pg';
import { quoteIdent } from './embedded-postgres';

/** The role the embedded setup's API connects as; it owns nothing. */
export const EMBEDDED_RUNTIME_ROLE = 'cadre_app';

/**
 * Lets the application's runtime role read and write every table, but the audit log only
 * read and append (it may not update, delete or truncate it, and since it owns no table
 * it cannot disable the audit log's trigger or drop it either), and the migrations table
 * only read. Run by the owning role
 * after every migration, so tables added later are granted too.
 */
export async function grantRuntimeRole(ownerUrl: string, role: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const ident = quoteIdent(role);
    await client.query('begin');
    await client.query(`grant usage on schema public to ${ident}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${ident}`);
    await client.query(`revoke update, delete, truncate on audit_log from ${ident}`);
    // Which migrations ran is the owner's record: the application only reads it (health).
    await client.query(`revoke insert, update, delete, truncate on schema_migrations from ${ident}`);
    await client.query(`grant usage, select on all sequences in schema public to ${ident}`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Creates the login role (or resets its password) on a server whose superuser we hold. */
export async function ensureLoginRole(superuserUrl: string, role: string, password: string): Promise<void> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    const verb = found.rowCount ? 'alter' : 'create';
    // Passwords cannot be bound parameters in DDL; this one is ours (base64url), quoted all the same.
    await client.query(
      `${verb} role ${quoteIdent(role)} login nosuperuser nocreatedb nocreaterole password ${quoteLiteral(password)}`,
    );
  } finally {
    await client.end();
  }
}

/** The user name in a connection URL. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
