import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';

export interface HeldCertification {
  employeeId: string;
  code: string;
  /** The day it was issued. */
  date: string;
}

/**
 * Certifications as other contexts read them: a commission plan's `requires` gate asks which
 * certifications (by code) each payee held on a period's last day.
 */
@Injectable()
export class CertificationsLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The codes a certification may carry: certifying courses' codes and any ever issued. */
  async knownCodes(tx: Tx | null): Promise<Set<string>> {
    const rows = await selectRows<{ code: string }>(
      tx ?? this.dataSource,
      `select c.code from courses c where exists (select 1 from course_versions v where v.course_id = c.id and v.certifying)
       union select code from certifications`,
      [],
    );
    return new Set(rows.map((r) => r.code));
  }

  /** Issued on or before the day and not expired by it; the earliest issue per code. */
  heldOn(tx: Tx | null, employeeIds: string[], day: string): Promise<HeldCertification[]> {
    return selectRows<HeldCertification>(
      tx ?? this.dataSource,
      `select employee_id as "employeeId", code, min(issued_at)::date::text as date
         from certifications
        where employee_id = any($1::uuid[]) and issued_at::date <= $2::date
          and (expires_at is null or expires_at::date > $2::date)
        group by employee_id, code`,
      [employeeIds, day],
    );
  }
}
