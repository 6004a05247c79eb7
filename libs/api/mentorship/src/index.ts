export * from './entities';
export * from './mentorship.module';
export { MentorGoalsService } from './pairings/mentor-goals.service';
