import { Module } from '@nestjs/common';
import { IdentityModule } from '@cadre/api/identity';
import { LearningModule } from '@cadre/api/learning';
import { TalentModule } from '@cadre/api/talent';
import { MentorshipAuditSubjects } from './audit/mentorship-audit-subjects';
import { MatchingFactsRepository } from './matching/matching-facts.repository';
import { MatchingService } from './matching/matching.service';
import { MentorsRepository } from './mentors/mentors.repository';
import { MentorsService } from './mentors/mentors.service';
import { MentorshipController } from './mentorship.controller';
import { MentorGoalsService } from './pairings/mentor-goals.service';
import { PairingsRepository } from './pairings/pairings.repository';
import { PairingsService } from './pairings/pairings.service';
import { ProgrammeRepository } from './programme/programme.repository';
import { ProgrammeService } from './programme/programme.service';
import { CheckInReminders } from './reminders/check-in-reminders';
import { CheckInRemindersRepository } from './reminders/check-in-reminders.repository';

/** Mentor profiles, explained matching, pairings with goals and check-ins, programme health. */
@Module({
  imports: [IdentityModule, TalentModule, LearningModule],
  controllers: [MentorshipController],
  providers: [
    MentorshipAuditSubjects,
    MatchingFactsRepository,
    MatchingService,
    MentorsRepository,
    MentorsService,
    PairingsRepository,
    PairingsService,
    MentorGoalsService,
    ProgrammeRepository,
    ProgrammeService,
    CheckInReminders,
    CheckInRemindersRepository,
  ],
  exports: [MentorGoalsService],
})
export class MentorshipModule {}
