import type { EntityManager } from 'typeorm';

/**
 * One multi-row INSERT from JSON: PostgreSQL casts each field to its column's type
 * (jsonb_populate_recordset), so enums, arrays, numerics and timestamps need no care here.
 */
export async function insertRows(
  tx: EntityManager,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object);
  const list = columns.map((c) => `"${c}"`).join(', ');
  await tx.query(
    `insert into "${table}" (${list}) select ${list} from jsonb_populate_recordset(null::"${table}", $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}
