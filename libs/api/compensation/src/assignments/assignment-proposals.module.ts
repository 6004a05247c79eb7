import { Module } from '@nestjs/common';
import { IdentityModule } from '@cadre/api/identity';
import { PlansRepository } from '../plans/plans.repository';
import { AssignmentProposalsRepository } from './assignment-proposals.repository';
import { AssignmentProposalsService } from './assignment-proposals.service';
import { AssignmentsRepository } from './assignments.repository';

/**
 * Plan assignment proposals, on their own so that the contexts which propose (careers)
 * import them without the configured compensation module and its controllers.
 */
@Module({
  imports: [IdentityModule],
  providers: [
    AssignmentProposalsRepository,
    AssignmentProposalsService,
    AssignmentsRepository,
    PlansRepository,
  ],
  exports: [AssignmentProposalsService],
})
export class AssignmentProposalsModule {}
