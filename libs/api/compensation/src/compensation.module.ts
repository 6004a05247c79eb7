import { DynamicModule, Module } from '@nestjs/common';
import { SimulationController } from './simulation/simulation.controller';
import { SIMULATION_WORKER_FILE, SimulationService } from './simulation/simulation.service';

/** Commission plans and their calculation. Today: simulation of plan documents. */
@Module({})
export class CompensationModule {
  /** `workerFile`: the bundled simulation worker; without one, simulations run inline. */
  static register(options: { workerFile?: string | null } = {}): DynamicModule {
    return {
      module: CompensationModule,
      controllers: [SimulationController],
      providers: [
        SimulationService,
        { provide: SIMULATION_WORKER_FILE, useValue: options.workerFile ?? null },
      ],
    };
  }
}
