import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO_RESOURCES, demoPdf } from './demo-library';
import { insertRows } from './insert-rows';

export interface LibrarySeedContext {
  now: Date;
  unitId: (key: string) => string;
  userId: (email: string) => string;
  employeeId: (key: string) => string;
  competencyId: (code: string) => string;
}

/** Stores a generated PDF as an upload would; answers its id. */
export async function insertDemoPdf(
  tx: EntityManager,
  file: { fileName: string; title: string; lines: string[]; uploadedBy: string; uploadedAt: string },
): Promise<string> {
  const content = await demoPdf(file.title, file.lines);
  const id = randomUUID();
  // Bytes go as a parameter: JSON (as insertRows sends) has no way to carry them.
  await tx.query(
    `insert into learning_files (id, file_name, content_type, size_bytes, sha256, content, uploaded_by_user_id, uploaded_at)
     values ($1, $2, 'application/pdf', $3, $4, $5, $6, $7)`,
    [
      id,
      file.fileName,
      content.length,
      createHash('sha256').update(content).digest('hex'),
      content,
      file.uploadedBy,
      file.uploadedAt,
    ],
  );
  return id;
}

/**
 * The enablement library: manuals, a demo deck, a case study in two versions (the newer
 * one this week, so it is "new" for the analytics team), a competitor brief and a price
 * guide, with a few opens counted. Answers each resource's id by its key.
 */
export async function seedDemoLibrary(
  tx: EntityManager,
  ctx: LibrarySeedContext,
): Promise<Map<string, string>> {
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * 86_400_000).toISOString();
  const hr = ctx.userId('hr@cadre.test');
  const ids = new Map<string, string>();
  const versions: Record<string, unknown>[] = [];
  for (const resource of DEMO_RESOURCES) {
    const id = randomUUID();
    ids.set(resource.key, id);
    await insertRows(tx, 'library_resources', [
      {
        id,
        kind: resource.kind,
        current_version: resource.versions.length,
        created_by_user_id: hr,
        created_at: at(resource.versions[0]?.publishedDaysAgo ?? 0),
      },
    ]);
    for (const [n, v] of resource.versions.entries()) {
      const fileId = v.pdf
        ? await insertDemoPdf(tx, {
            fileName: v.pdf.fileName,
            title: v.title[0],
            lines: v.pdf.lines,
            uploadedBy: hr,
            uploadedAt: at(v.publishedDaysAgo),
          })
        : null;
      versions.push({
        id: randomUUID(),
        resource_id: id,
        version: n + 1,
        title_en: v.title[0],
        title_zh: v.title[1],
        summary_en: v.summary[0],
        summary_zh: v.summary[1],
        change_note_en: v.changeNote[0],
        change_note_zh: v.changeNote[1],
        url: v.url,
        file_id: fileId,
        published_by_user_id: hr,
        published_at: at(v.publishedDaysAgo),
      });
    }
  }
  await insertRows(tx, 'library_resource_versions', versions);
  await insertRows(
    tx,
    'library_resource_units',
    DEMO_RESOURCES.flatMap((r) =>
      r.units.map((unit) => ({ resource_id: ids.get(r.key), org_unit_id: ctx.unitId(unit) })),
    ),
  );
  await insertRows(
    tx,
    'library_resource_competencies',
    DEMO_RESOURCES.flatMap((r) =>
      r.competencies.map((code) => ({ resource_id: ids.get(r.key), competency_id: ctx.competencyId(code) })),
    ),
  );
  const latest = (key: string) =>
    versions
      .filter((v) => v['resource_id'] === ids.get(key))
      .sort((a, b) => Number(b['version']) - Number(a['version']))[0]?.['id'];
  const view = (key: string, email: string, employee: string | null, daysAgo: number) => ({
    resource_id: ids.get(key),
    version_id: latest(key),
    user_id: ctx.userId(email),
    employee_id: employee ? ctx.employeeId(employee) : null,
    viewed_at: at(daysAgo),
  });
  await insertRows(tx, 'library_resource_views', [
    view('ax500-manual', 'manager@cadre.test', 'manager', 30),
    view('ax500-manual', 'manager@cadre.test', 'manager', 6),
    view('ax500-deck', 'manager@cadre.test', 'manager', 12),
    view('competitor', 'rep@cadre.test', 'rep', 3),
    view('pricing', 'hr@cadre.test', 'hr-lead', 20),
  ]);
  return ids;
}
