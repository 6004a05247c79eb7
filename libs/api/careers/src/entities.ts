import {
  AssessmentCycleEntity,
  AssessmentRatingEntity,
  CompetencyAssessmentEntity,
} from './assessments/assessment.entity';
import { DevelopmentPlanItemEntity } from './development-plans/development-plan-item.entity';
import { CareerPositionEntity } from './positions/career-position.entity';
import { PromotionEntity } from './promotions/promotion.entity';
import {
  CareerLevelEntity,
  CareerLevelMoveEntity,
  CareerLevelVersionEntity,
  CareerTrackEntity,
} from './tracks/career-track.entity';

export const CAREERS_ENTITIES = [
  CareerTrackEntity,
  CareerLevelEntity,
  CareerLevelVersionEntity,
  CareerLevelMoveEntity,
  CareerPositionEntity,
  AssessmentCycleEntity,
  CompetencyAssessmentEntity,
  AssessmentRatingEntity,
  DevelopmentPlanItemEntity,
  PromotionEntity,
];
