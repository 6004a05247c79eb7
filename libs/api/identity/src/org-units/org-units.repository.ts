import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { OrgUnitKind } from '@cadre/shared/contracts';
import { OrgUnitEntity } from './org-unit.entity';

export interface OrgUnitView {
  id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  managerId: string | null;
  managerName: string | null;
  headcount: number;
}

/** Deeper than any real organisation; a bound for walks up the tree. */
export const MAX_ORG_DEPTH = 64;

@Injectable()
export class OrgUnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, tx?: Tx | null): Promise<OrgUnitEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(OrgUnitEntity).findOneBy({ id });
  }

  /** The whole tree, flat, with manager names and direct headcount, in one query. */
  async listViews(): Promise<OrgUnitView[]> {
    const rows = await selectRows<{
      id: string;
      name: string;
      kind: OrgUnitKind;
      parent_id: string | null;
      manager_id: string | null;
      manager_name: string | null;
      headcount: number;
    }>(
      this.dataSource,
      `select ou.id, ou.name, ou.kind, ou.parent_id, ou.manager_id, m.full_name as manager_name,
              (select count(*)::int from employees e where e.org_unit_id = ou.id and e.status <> 'left') as headcount
         from org_units ou
         left join employees m on m.id = ou.manager_id
        order by ou.name`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      parentId: r.parent_id,
      managerId: r.manager_id,
      managerName: r.manager_name,
      headcount: r.headcount,
    }));
  }

  async findView(id: string): Promise<OrgUnitView | null> {
    return (await this.listViews()).find((u) => u.id === id) ?? null;
  }

  /** True when `candidateParentId` is `unitId` itself or lies below it. */
  async isInSubtree(tx: Tx, unitId: string, candidateParentId: string): Promise<boolean> {
    const rows = await selectRows<unknown>(
      tx,
      `with recursive subtree as (
         select id from org_units where id = $1
         union
         select c.id from org_units c join subtree s on c.parent_id = s.id)
       select 1 from subtree where id = $2 limit 1`,
      [unitId, candidateParentId],
    );
    return rows.length > 0;
  }

  async hasRoot(tx: Tx): Promise<boolean> {
    return (
      (await selectRows<unknown>(tx, `select 1 from org_units where parent_id is null limit 1`)).length > 0
    );
  }

  async siblingNamed(tx: Tx, parentId: string | null, name: string, exceptId?: string): Promise<boolean> {
    const rows = await selectRows<unknown>(
      tx,
      `select 1 from org_units where parent_id is not distinct from $1 and lower(name) = lower($2) and id is distinct from $3 limit 1`,
      [parentId, name, exceptId ?? null],
    );
    return rows.length > 0;
  }

  async insert(
    tx: Tx,
    unit: Pick<OrgUnitEntity, 'name' | 'kind' | 'parentId' | 'managerId'>,
  ): Promise<string> {
    const result = await tx.insert(OrgUnitEntity, unit);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(
    tx: Tx,
    id: string,
    changes: Partial<Pick<OrgUnitEntity, 'name' | 'kind' | 'parentId' | 'managerId'>>,
  ): Promise<void> {
    await tx.update(OrgUnitEntity, { id }, changes);
  }

  async countChildrenAndMembers(tx: Tx, id: string): Promise<{ children: number; members: number }> {
    const [row] = await selectRows<{ children: number; members: number }>(
      tx,
      `select (select count(*)::int from org_units where parent_id = $1) as children,
              (select count(*)::int from employees where org_unit_id = $1) as members`,
      [id],
    );
    return row;
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.delete(OrgUnitEntity, { id });
  }
}
