import { ApplicationInterviewerEntity } from './applications/application-interviewer.entity';
import { ApplicationStageEventEntity } from './applications/application-stage-event.entity';
import { ApplicationEntity } from './applications/application.entity';
import { CandidateFileEntity } from './candidates/candidate-file.entity';
import { CandidateEntity } from './candidates/candidate.entity';
import { RequisitionEntity } from './requisitions/requisition.entity';
import { ScorecardRatingEntity } from './scorecards/scorecard-rating.entity';
import { ScorecardEntity } from './scorecards/scorecard.entity';

export const RECRUITMENT_ENTITIES = [
  RequisitionEntity,
  CandidateEntity,
  CandidateFileEntity,
  ApplicationEntity,
  ApplicationStageEventEntity,
  ApplicationInterviewerEntity,
  ScorecardEntity,
  ScorecardRatingEntity,
];
