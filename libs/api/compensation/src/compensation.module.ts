import { DynamicModule, Module } from '@nestjs/common';
import { PlanExamplesController } from './examples/plan-examples.controller';
import { PLAN_EXAMPLES_DIR, PlanExamplesService } from './examples/plan-examples.service';
import { SimulationController } from './simulation/simulation.controller';
import { SIMULATION_WORKER_FILE, SimulationService } from './simulation/simulation.service';

/** Commission plans and their calculation. Today: simulation of plan documents, and examples. */
@Module({})
export class CompensationModule {
  /**
   * `workerFile`: the bundled simulation worker; without one, simulations run inline.
   * `examplesDir`: the example plan documents; without one, there are none to offer.
   */
  static register(options: { workerFile?: string | null; examplesDir?: string | null } = {}): DynamicModule {
    return {
      module: CompensationModule,
      controllers: [SimulationController, PlanExamplesController],
      providers: [
        SimulationService,
        PlanExamplesService,
        { provide: SIMULATION_WORKER_FILE, useValue: options.workerFile ?? null },
        { provide: PLAN_EXAMPLES_DIR, useValue: options.examplesDir ?? null },
      ],
    };
  }
}
