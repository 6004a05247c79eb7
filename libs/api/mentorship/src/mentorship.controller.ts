import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrorSchema,
  CurrentPrincipal,
  RequirePermission,
  UuidPipe,
  type Principal,
} from '@cadre/api/core';
import {
  AcceptCohortDto,
  CadenceDto,
  CheckInDto,
  CohortProposalDto,
  CreatePairingDto,
  FeedbackDto,
  GoalDto,
  MentorProfileRequestDto,
  PairingActionDto,
  TeamQueryDto,
} from './dto/mentorship.dto';
import { MatchingService } from './matching/matching.service';
import { MentorsService } from './mentors/mentors.service';
import { PairingsService } from './pairings/pairings.service';
import { ProgrammeService } from './programme/programme.service';

@ApiTags('mentorship')
@ApiForbiddenResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@Controller('mentorship')
export class MentorshipController {
  constructor(
    private readonly mentors: MentorsService,
    private readonly pairings: PairingsService,
    private readonly matching: MatchingService,
    private readonly programme: ProgrammeService,
  ) {}

  @Get('me')
  @RequirePermission('mentorship:take-part')
  @ApiOkResponse({ description: 'My mentor, my mentees, my mentor profile and what my evidence shows' })
  me(@CurrentPrincipal() p: Principal) {
    return this.mentors.me(p);
  }

  @Get('employees/:employeeId')
  @RequirePermission('mentorship:take-part')
  @ApiOkResponse({ description: 'A person’s pairings, as mentee and as mentor, for their page' })
  employee(@CurrentPrincipal() p: Principal, @Param('employeeId', UuidPipe) employeeId: string) {
    return this.pairings.ofEmployee(p, employeeId);
  }

  @Get('mentors')
  @RequirePermission('mentorship:assign')
  @ApiOkResponse({ description: 'The mentor pool with strengths, capacity and load' })
  pool() {
    return this.mentors.pool();
  }

  @Get('mentors/:employeeId')
  @RequirePermission('mentorship:take-part')
  @ApiOkResponse({
    description: 'Someone’s mentor profile (or null) and evidence: one’s own, or for those who pair people',
  })
  mentor(@CurrentPrincipal() p: Principal, @Param('employeeId', UuidPipe) employeeId: string) {
    return this.mentors.candidate(p, employeeId);
  }

  @Put('mentors/:employeeId')
  @RequirePermission('mentorship:take-part')
  @ApiOkResponse({ description: 'Opt in (one’s own id) or, for HR, nominate someone' })
  @ApiBadRequestResponse({ type: ApiErrorSchema, description: 'reason_required, no_such_record, too_small' })
  saveMentor(
    @CurrentPrincipal() p: Principal,
    @Param('employeeId', UuidPipe) employeeId: string,
    @Body() body: MentorProfileRequestDto,
  ) {
    return this.mentors.save(p, employeeId, body);
  }

  @Get('suggestions/:menteeId')
  @RequirePermission('mentorship:assign')
  @ApiOkResponse({ description: 'Mentors with room, best first, each score with its parts' })
  suggestions(@CurrentPrincipal() p: Principal, @Param('menteeId', UuidPipe) menteeId: string) {
    return this.matching.suggestions(p, menteeId);
  }

  @Post('cohort-proposals')
  @HttpCode(200)
  @RequirePermission('mentorship:assign')
  @ApiOkResponse({ description: 'The assignment with the largest total score; nothing is stored' })
  proposeCohort(@CurrentPrincipal() p: Principal, @Body() body: CohortProposalDto) {
    return this.matching.proposeCohort(p, body.menteeIds);
  }

  @Post('cohorts')
  @RequirePermission('mentorship:assign')
  @ApiCreatedResponse({ description: 'Every pair made, or none (the first refusal says which)' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'over_capacity, has_mentor' })
  async acceptCohort(@CurrentPrincipal() p: Principal, @Body() body: AcceptCohortDto) {
    return { pairingIds: await this.pairings.createMany(p, body.pairs) };
  }

  @Get('team')
  @RequirePermission('mentorship:assign')
  @ApiOkResponse({ description: 'People in my part of the organisation with their pairing' })
  team(@CurrentPrincipal() p: Principal, @Query() query: TeamQueryDto) {
    return this.programme.team(p, query.hiredWithinDays);
  }

  @Get('health')
  @RequirePermission('mentorship:assign')
  @ApiOkResponse({ description: 'Programme health for my part of the organisation (HR: all of it)' })
  health(@CurrentPrincipal() p: Principal) {
    return this.programme.health(p);
  }

  @Post('pairings')
  @RequirePermission('mentorship:assign')
  @ApiCreatedResponse({ description: 'Active, or proposed when the mentor is in another unit' })
  @ApiBadRequestResponse({ type: ApiErrorSchema, description: 'self_pairing, own_manager, not_a_mentor' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'over_capacity, has_mentor' })
  pair(@CurrentPrincipal() p: Principal, @Body() body: CreatePairingDto) {
    return this.pairings.create(p, body);
  }

  @Get('pairings/:id')
  @RequirePermission('mentorship:take-part')
  @ApiOkResponse({
    description: 'A pairing with goals, check-ins (private notes only to their author), feedback',
  })
  pairing(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.pairings.get(p, id);
  }

  @Post('pairings/:id/actions')
  @HttpCode(200)
  @RequirePermission('mentorship:take-part')
  @ApiOkResponse({ description: 'Accept, decline, pause, resume, complete or cancel' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'wrong_state' })
  act(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() body: PairingActionDto) {
    return this.pairings.act(p, id, body);
  }

  @Put('pairings/:id/cadence')
  @RequirePermission('mentorship:take-part')
  @ApiOkResponse({ description: 'Days between check-ins, in the first month and after' })
  cadence(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() body: CadenceDto) {
    return this.pairings.setCadence(p, id, body);
  }

  @Post('pairings/:id/goals')
  @RequirePermission('mentorship:take-part')
  @ApiCreatedResponse({ description: 'The pairing with the new goal' })
  goal(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() body: GoalDto) {
    return this.pairings.addGoal(p, id, body);
  }

  @Post('pairings/:id/check-ins')
  @RequirePermission('mentorship:take-part')
  @ApiCreatedResponse({ description: 'The pairing with the check-in; goals moved, next date set' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'wrong_state, check_in_taken' })
  checkIn(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() body: CheckInDto) {
    return this.pairings.checkIn(p, id, body);
  }

  @Post('pairings/:id/feedback')
  @RequirePermission('mentorship:take-part')
  @ApiCreatedResponse({ description: 'One side’s feedback on a completed pairing' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'wrong_state, feedback_given' })
  feedback(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() body: FeedbackDto) {
    return this.pairings.giveFeedback(p, id, body);
  }
}
