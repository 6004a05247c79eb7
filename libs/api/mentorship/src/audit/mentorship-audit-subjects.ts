import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditSubjects, sqlSubjectResolver } from '@cadre/api/core';

/** Names mentoring pairings in the audit log ("mentor → mentee"). */
@Injectable()
export class MentorshipAuditSubjects implements OnModuleInit {
  constructor(
    private readonly subjects: AuditSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.subjects.register(
      sqlSubjectResolver((sql, params) => this.dataSource.query(sql, params), {
        // Read model: identity's employees joined for the two names only.
        mentorship_pairing: `select p.id::text, m.full_name || ' → ' || t.full_name as name
                               from mentorship_pairings p join employees m on m.id = p.mentor_id
                               join employees t on t.id = p.mentee_id
                              where p.id = any($1::uuid[])`,
      }),
    );
  }
}
