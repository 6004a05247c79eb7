import { DynamicModule, Module } from '@nestjs/common';
import { IdentityModule } from '@cadre/api/identity';
import { LearningModule } from '@cadre/api/learning';
import { PerformanceModule } from '@cadre/api/performance';
import { AssignmentsController } from './assignments/assignments.controller';
import { AssignmentsRepository } from './assignments/assignments.repository';
import { AssignmentsService } from './assignments/assignments.service';
import { AssignmentProposalsModule } from './assignments/assignment-proposals.module';
import { DisputesController } from './disputes/disputes.controller';
import { DisputesRepository } from './disputes/disputes.repository';
import { DisputesService } from './disputes/disputes.service';
import { CompensationAuditSubjects } from './audit/compensation-audit-subjects';
import { PayEstimateController } from './estimator/pay-estimate.controller';
import { PayEstimateService } from './estimator/pay-estimate.service';
import { PlanExamplesController } from './examples/plan-examples.controller';
import { PLAN_EXAMPLES_DIR, PlanExamplesService } from './examples/plan-examples.service';
import { PayrollController } from './payroll/payroll.controller';
import { PayrollService } from './payroll/payroll.service';
import { PlanWhatIfService } from './plans/plan-what-if.service';
import { PlansController } from './plans/plans.controller';
import { PlansRepository } from './plans/plans.repository';
import { PlansService } from './plans/plans.service';
import { RunCalculator } from './runs/run-calculator';
import { RunInputsRepository } from './runs/run-inputs.repository';
import { RUN_LEASE_SECONDS, RunWorker } from './runs/run-worker';
import { RunsController } from './runs/runs.controller';
import { RunsRepository } from './runs/runs.repository';
import { RunsService } from './runs/runs.service';
import { SimulationController } from './simulation/simulation.controller';
import { SIMULATION_WORKER_FILE, SimulationService } from './simulation/simulation.service';
import { StatementsController } from './statements/statements.controller';
import { StatementsRepository } from './statements/statements.repository';
import { StatementsService } from './statements/statements.service';

/**
 * Commission plans and their calculation: simulation of plan documents and examples; stored
 * plans, assignments, runs (calculated by worker processes) and statements with approvals.
 */
@Module({})
export class CompensationModule {
  /**
   * `workerFile`: the bundled simulation worker; without one, simulations run inline.
   * `examplesDir`: the example plan documents; without one, there are none to offer.
   * `runLeaseSeconds`: how long a run worker's claim holds without renewal (tests shorten it).
   */
  static register(
    options: { workerFile?: string | null; examplesDir?: string | null; runLeaseSeconds?: number } = {},
  ): DynamicModule {
    return {
      module: CompensationModule,
      imports: [IdentityModule, PerformanceModule, LearningModule, AssignmentProposalsModule],
      controllers: [
        SimulationController,
        PlanExamplesController,
        PlansController,
        AssignmentsController,
        RunsController,
        StatementsController,
        DisputesController,
        PayrollController,
        PayEstimateController,
      ],
      providers: [
        SimulationService,
        PlanExamplesService,
        PayEstimateService,
        PlanWhatIfService,
        { provide: SIMULATION_WORKER_FILE, useValue: options.workerFile ?? null },
        { provide: PLAN_EXAMPLES_DIR, useValue: options.examplesDir ?? null },
        { provide: RUN_LEASE_SECONDS, useValue: options.runLeaseSeconds ?? null },
        CompensationAuditSubjects,
        PlansRepository,
        PlansService,
        AssignmentsRepository,
        AssignmentsService,
        RunsRepository,
        RunsService,
        RunInputsRepository,
        RunCalculator,
        RunWorker,
        StatementsRepository,
        StatementsService,
        DisputesRepository,
        DisputesService,
        PayrollService,
      ],
      exports: [RunWorker],
    };
  }
}
