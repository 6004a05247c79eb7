import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedRead, type Principal, type PrincipalLoader } from '@cadre/api/core';
import { permissionsFor, type Role } from '@cadre/shared/contracts';

interface PrincipalRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  employee_id: string | null;
}

const PRINCIPAL = {
  name: 'identity.principal',
  text: `select u.id, u.email, u.display_name, u.roles, e.id as employee_id
           from users u
           left join employees e on e.user_id = u.id
          where u.id = $1 and u.is_active
            and exists (select 1 from refresh_tokens r
                         where r.family_id = $2 and r.user_id = u.id and r.revoked_at is null)`,
};

/**
 * Reads the caller for each request in one indexed query: an active user whose session
 * (refresh-token family) still has a live token. Revoking a session (sign-out, a
 * replayed refresh token, a password change or reset) ends its access tokens at once.
 */
@Injectable()
export class IdentityPrincipalLoader implements PrincipalLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(userId: string, sessionId: string): Promise<Principal | null> {
    const [row] = await preparedRead<PrincipalRow>(this.dataSource, PRINCIPAL, [userId, sessionId]);
    return row ? toPrincipal(row) : null;
  }
}

function toPrincipal(row: PrincipalRow): Principal {
  return {
    userId: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    permissions: permissionsFor(row.roles),
    employeeId: row.employee_id,
  };
}
