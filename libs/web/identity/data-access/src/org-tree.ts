import type { OrgUnitDto } from '@cadre/shared/contracts';

export interface OrgTreeNode extends OrgUnitDto {
  children: OrgTreeNode[];
  depth: number;
  /** Headcount of the unit and everything below it. */
  totalHeadcount: number;
}

/** Builds the tree from the flat list the API returns; siblings sorted by name. */
export function buildOrgTree(units: readonly OrgUnitDto[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>(
    units.map((u) => [u.id, { ...u, children: [], depth: 0, totalHeadcount: u.headcount }]),
  );
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const visit = (node: OrgTreeNode, depth: number): number => {
    node.depth = depth;
    node.children.sort((a, b) => a.name.localeCompare(b.name));
    node.totalHeadcount =
      node.headcount + node.children.reduce((sum, child) => sum + visit(child, depth + 1), 0);
    return node.totalHeadcount;
  };
  roots.sort((a, b) => a.name.localeCompare(b.name)).forEach((root) => visit(root, 0));
  return roots;
}

/** Depth-first order, for lists and selects that show the hierarchy by indentation. */
export function flattenOrgTree(roots: readonly OrgTreeNode[]): OrgTreeNode[] {
  return roots.flatMap((root) => [root, ...flattenOrgTree(root.children)]);
}

/** Ids of a unit and all units below it (a unit cannot move into these). */
export function subtreeIds(root: OrgTreeNode): Set<string> {
  return new Set([root.id, ...root.children.flatMap((child) => [...subtreeIds(child)])]);
}

/** The unit and its ancestors, root first (a loop in the data stops the walk, never hangs it). */
export function pathOf(units: readonly OrgUnitDto[], unitId: string): OrgUnitDto[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: OrgUnitDto[] = [];
  const seen = new Set<string>();
  for (
    let unit = byId.get(unitId);
    unit && !seen.has(unit.id);
    unit = unit.parentId ? byId.get(unit.parentId) : undefined
  ) {
    seen.add(unit.id);
    path.unshift(unit);
  }
  return path;
}
