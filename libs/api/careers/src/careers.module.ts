import { Module } from '@nestjs/common';
import { AssignmentProposalsModule } from '@cadre/api/compensation';
import { IdentityModule } from '@cadre/api/identity';
import { LearningModule } from '@cadre/api/learning';
import { MentorshipModule } from '@cadre/api/mentorship';
import { PerformanceModule } from '@cadre/api/performance';
import { TalentModule } from '@cadre/api/talent';
import { AssessmentsRepository } from './assessments/assessments.repository';
import { AssessmentsService } from './assessments/assessments.service';
import { CareersAuditSubjects } from './audit/careers-audit-subjects';
import { CareerService } from './career.service';
import { CareersController } from './careers.controller';
import { DevelopmentPlansRepository } from './development-plans/development-plans.repository';
import { DevelopmentPlansService } from './development-plans/development-plans.service';
import { PositionsRepository } from './positions/positions.repository';
import { PromotionEffects } from './promotions/promotion-effects';
import { PromotionsRepository } from './promotions/promotions.repository';
import { PromotionsService } from './promotions/promotions.service';
import { ReadinessReader } from './readiness/readiness-reader.service';
import { PeopleRepository } from './talent-view/people.repository';
import { TalentViewService } from './talent-view/talent-view.service';
import { TracksRepository } from './tracks/tracks.repository';

/**
 * Career tracks and levels, assessments, readiness explained, development plans and
 * promotions: the context that closes the loop, above every other.
 */
@Module({
  imports: [
    IdentityModule,
    TalentModule,
    LearningModule,
    PerformanceModule,
    MentorshipModule,
    AssignmentProposalsModule,
  ],
  controllers: [CareersController],
  providers: [
    CareersAuditSubjects,
    TracksRepository,
    PositionsRepository,
    PeopleRepository,
    ReadinessReader,
    CareerService,
    TalentViewService,
    DevelopmentPlansRepository,
    DevelopmentPlansService,
    AssessmentsRepository,
    AssessmentsService,
    PromotionsRepository,
    PromotionsService,
    PromotionEffects,
  ],
  exports: [PromotionEffects],
})
export class CareersModule {}
