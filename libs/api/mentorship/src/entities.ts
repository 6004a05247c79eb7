import { MentorProfileEntity, MentorStrengthEntity } from './mentors/mentor-profile.entity';
import {
  CheckInEntity,
  CheckInGoalEntity,
  FeedbackEntity,
  PrivateNoteEntity,
} from './pairings/check-in.entity';
import { GoalEntity } from './pairings/goal.entity';
import { PairingEntity } from './pairings/pairing.entity';

export const MENTORSHIP_ENTITIES = [
  MentorProfileEntity,
  MentorStrengthEntity,
  PairingEntity,
  GoalEntity,
  CheckInEntity,
  PrivateNoteEntity,
  CheckInGoalEntity,
  FeedbackEntity,
];
