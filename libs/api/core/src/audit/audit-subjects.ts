import { Injectable } from '@nestjs/common';

/**
 * Names the records an audit entry is about, for entries read as sentences ("Zhao Xin
 * moved Gao Fei to Screening"). The audit log lives in core and knows no context's
 * tables: each context registers a resolver for its own entity types at start-up.
 */
export interface AuditSubjectResolver {
  entityTypes: readonly string[];
  /** Display names of these records (missing ones are left out: removed since). */
  names(entityType: string, ids: string[]): Promise<Map<string, string>>;
}

@Injectable()
export class AuditSubjects {
  private readonly resolvers = new Map<string, AuditSubjectResolver>();

  register(resolver: AuditSubjectResolver): void {
    for (const type of resolver.entityTypes) this.resolvers.set(type, resolver);
  }

  /** Names for every (type, id) asked, one query per entity type. */
  async names(subjects: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
    const byType = new Map<string, Set<string>>();
    for (const s of subjects)
      byType.set(s.entityType, (byType.get(s.entityType) ?? new Set()).add(s.entityId));
    const found = new Map<string, string>();
    await Promise.all(
      [...byType].map(async ([type, ids]) => {
        const resolver = this.resolvers.get(type);
        // Ids of other shapes (a list read, an unknown email) are no record to name.
        const uuids = [...ids].filter((id) => UUID.test(id));
        if (!resolver || !uuids.length) return;
        for (const [id, name] of await resolver.names(type, uuids)) found.set(`${type}:${id}`, name);
      }),
    );
    return found;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A resolver from one query per entity type; each takes the ids as $1 (uuid[]) and
 * answers `id` and `name`.
 */
export function sqlSubjectResolver(
  run: (sql: string, params: unknown[]) => Promise<unknown>,
  queries: Record<string, string>,
): AuditSubjectResolver {
  return {
    entityTypes: Object.keys(queries),
    async names(entityType, ids) {
      const sql = queries[entityType];
      if (!sql) return new Map();
      const rows = (await run(sql, [ids])) as { id: string; name: string }[];
      return new Map(rows.map((r) => [r.id, r.name]));
    },
  };
}
