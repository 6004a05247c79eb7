import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanExampleDto } from '@cadre/shared/contracts';

/** The folder of example plan documents (examples/commission, copied beside the bundle). */
export const PLAN_EXAMPLES_DIR = Symbol('PLAN_EXAMPLES_DIR');

/** The example plans a compensation admin can start a simulation from, read once. */
@Injectable()
export class PlanExamplesService {
  private readonly logger = new Logger(PlanExamplesService.name);
  private loaded: Promise<PlanExampleDto[]> | null = null;

  constructor(@Optional() @Inject(PLAN_EXAMPLES_DIR) private readonly dir: string | null) {}

  list(): Promise<PlanExampleDto[]> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  private async load(): Promise<PlanExampleDto[]> {
    if (!this.dir || !existsSync(this.dir)) {
      this.logger.warn(`no example plans at ${this.dir ?? '(not configured)'}`);
      return [];
    }
    const files = (await readdir(this.dir)).filter((f) => f.endsWith('.json')).sort();
    return Promise.all(
      files.map(async (file) => {
        const document = await readFile(join(this.dir as string, file), 'utf8');
        const parsed = JSON.parse(document) as { plan?: { name?: unknown } };
        const id = file.slice(0, -'.json'.length);
        return { id, name: typeof parsed.plan?.name === 'string' ? parsed.plan.name : id, document };
      }),
    );
  }
}
