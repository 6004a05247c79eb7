/**
 * The kinds of org unit. Regions, product lines, customer segments and composite units
 * are the four org structures of the source handbook (区域型 / 产品型 / 客户型 / 复合型);
 * `company` is the root and `team` a leaf working group.
 */
export const ORG_UNIT_KINDS = [
  'company',
  'region',
  'product_line',
  'customer_segment',
  'composite',
  'team',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export interface OrgUnitDto {
  id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  managerId: string | null;
  managerName: string | null;
  /** Employees placed directly in this unit. */
  headcount: number;
}

export interface CreateOrgUnitRequest {
  name: string;
  kind: OrgUnitKind;
  parentId: string;
  managerId?: string | null;
}

export interface UpdateOrgUnitRequest {
  name?: string;
  kind?: OrgUnitKind;
  /** Move the unit under another parent (not into its own subtree). */
  parentId?: string;
  /** Assign (or with null, clear) the unit's manager. */
  managerId?: string | null;
}
