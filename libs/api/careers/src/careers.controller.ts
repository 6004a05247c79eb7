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
import { AssessmentsService } from './assessments/assessments.service';
import { CareerService } from './career.service';
import { DevelopmentPlansService } from './development-plans/development-plans.service';
import {
  AddCareerLevelDto,
  AgreeAssessmentDto,
  ApprovePromotionDto,
  AssessmentRatingsDto,
  CareerQueryDto,
  CreateAssessmentCycleDto,
  CycleQueryDto,
  DevelopmentPlanDto,
  NominateDto,
  PlaceOnLevelDto,
  RejectPromotionDto,
  ReviewPromotionDto,
  TeamQueryDto,
  UpdateCareerLevelDto,
} from './dto/careers.dto';
import { PromotionsService } from './promotions/promotions.service';
import { TalentViewService } from './talent-view/talent-view.service';

@ApiTags('careers')
@ApiForbiddenResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller('careers')
export class CareersController {
  constructor(
    private readonly careers: CareerService,
    private readonly team: TalentViewService,
    private readonly plans: DevelopmentPlansService,
    private readonly assessments: AssessmentsService,
    private readonly promotions: PromotionsService,
  ) {}

  @Get('tracks')
  @RequirePermission('careers:take-part')
  @ApiOkResponse({ description: 'Both tracks with their levels, each level’s requirements and moves' })
  tracks() {
    return this.careers.tracksList();
  }

  @Put('levels/:id')
  @RequirePermission('careers:manage')
  @ApiOkResponse({ description: 'The tracks, the level’s terms in a new version' })
  updateLevel(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateCareerLevelDto,
  ) {
    return this.careers.updateLevel(p, id, body);
  }

  @Post('tracks/:trackId/levels')
  @RequirePermission('careers:manage')
  @ApiCreatedResponse({ description: 'The tracks, with a new level at the top of this one' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'The role profile is a level already' })
  addLevel(
    @CurrentPrincipal() p: Principal,
    @Param('trackId', UuidPipe) trackId: string,
    @Body() body: AddCareerLevelDto,
  ) {
    return this.careers.addLevel(p, trackId, body);
  }

  @Put('people/:employeeId/position')
  @RequirePermission('careers:manage')
  @ApiOkResponse({ description: 'Their career, placed on the level from the date (or credited earlier)' })
  place(
    @CurrentPrincipal() p: Principal,
    @Param('employeeId', UuidPipe) employeeId: string,
    @Body() body: PlaceOnLevelDto,
  ) {
    return this.careers.place(p, employeeId, body);
  }

  @Get('me')
  @RequirePermission('careers:take-part')
  @ApiOkResponse({ description: 'My career: where I stand, readiness for a level, my plan and assessment' })
  me(@CurrentPrincipal() p: Principal, @Query() query: CareerQueryDto) {
    return this.careers.mine(p, query.levelId);
  }

  @Get('people/:employeeId')
  @RequirePermission('careers:take-part')
  @ApiOkResponse({ description: 'Someone’s career: oneself, one’s subtree, or anyone for HR' })
  person(
    @CurrentPrincipal() p: Principal,
    @Param('employeeId', UuidPipe) employeeId: string,
    @Query() query: CareerQueryDto,
  ) {
    return this.careers.career(p, employeeId, query.levelId);
  }

  @Post('people/:employeeId/development-plan')
  @RequirePermission('careers:take-part')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'The plan, with an item per competency gap towards the level (new gaps only)',
  })
  developmentPlan(
    @CurrentPrincipal() p: Principal,
    @Param('employeeId', UuidPipe) employeeId: string,
    @Body() body: DevelopmentPlanDto,
  ) {
    return this.plans.create(p, employeeId, body.levelId);
  }

  @Get('team')
  @RequirePermission('careers:manage-team')
  @ApiOkResponse({
    description: 'My subtree (or one unit of it): readiness for the next level, nine-box axes',
  })
  teamView(@CurrentPrincipal() p: Principal, @Query() query: TeamQueryDto) {
    return this.team.team(p, query.orgUnitId);
  }

  @Get('talent')
  @RequirePermission('careers:manage')
  @ApiOkResponse({ description: 'HR’s view of one unit and those below, as the team view shows it' })
  talentView(@CurrentPrincipal() p: Principal, @Query() query: TeamQueryDto) {
    return this.team.team(p, query.orgUnitId);
  }

  @Get('assessments/:id')
  @RequirePermission('careers:take-part')
  @ApiOkResponse({ description: 'An assessment; each side sees the other’s ratings once both have rated' })
  assessment(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.assessments.get(p, id);
  }

  @Put('assessments/:id/self')
  @RequirePermission('careers:take-part')
  @ApiOkResponse({ description: 'My own ratings, every competency of my level with evidence' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'wrong_state: agreed already' })
  rateSelf(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: AssessmentRatingsDto,
  ) {
    return this.assessments.rateSelf(p, id, body.ratings);
  }

  @Put('assessments/:id/manager')
  @RequirePermission('careers:manage-team')
  @ApiOkResponse({ description: 'The manager’s ratings of someone in their subtree' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'wrong_state: agreed already' })
  rateAsManager(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: AssessmentRatingsDto,
  ) {
    return this.assessments.rateAsManager(p, id, body.ratings);
  }

  @Post('assessments/:id/agree')
  @RequirePermission('careers:manage-team')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The agreed levels, recorded as competency evidence' })
  @ApiConflictResponse({
    type: ApiErrorSchema,
    description: 'wrong_state: not both rated, or agreed already',
  })
  agree(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: AgreeAssessmentDto,
  ) {
    return this.assessments.agree(p, id, body.ratings);
  }

  @Get('assessment-cycles')
  @RequirePermission('careers:manage')
  @ApiOkResponse({ description: 'Assessment cycles, newest first, with how many are agreed' })
  cycles() {
    return this.assessments.cycles();
  }

  @Post('assessment-cycles')
  @RequirePermission('careers:manage')
  @ApiCreatedResponse({ description: 'The cycle, with an assessment for everyone on a track' })
  openCycle(@CurrentPrincipal() p: Principal, @Body() body: CreateAssessmentCycleDto) {
    return this.assessments.openCycle(p, body);
  }

  @Get('calibration')
  @RequirePermission('careers:manage')
  @ApiOkResponse({ description: 'Agreed levels per unit in a cycle: how many at each level, flags, mean' })
  calibration(@Query() query: CycleQueryDto) {
    return this.assessments.calibration(query.cycleId);
  }

  @Get('promotions')
  @RequirePermission('careers:take-part')
  @ApiOkResponse({ description: 'Promotions the caller may see, each with what they may do now' })
  promotionList(@CurrentPrincipal() p: Principal) {
    return this.promotions.list(p);
  }

  @Post('promotions')
  @RequirePermission('careers:manage-team')
  @ApiCreatedResponse({ description: 'The nomination with its readiness snapshot, awaiting HR' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'A nomination is in progress already' })
  nominate(@CurrentPrincipal() p: Principal, @Body() body: NominateDto) {
    return this.promotions.nominate(p, body);
  }

  @Post('promotions/:id/review')
  @RequirePermission('careers:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Reviewed by HR: passed to the next-level manager' })
  review(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: ReviewPromotionDto,
  ) {
    return this.promotions.review(p, id, body.note ?? null);
  }

  @Post('promotions/:id/approve')
  @RequirePermission('careers:manage-team')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Approved by the next-level manager; effective at once when dated today' })
  approve(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: ApprovePromotionDto,
  ) {
    return this.promotions.approve(p, id, body.effectiveOn);
  }

  @Post('promotions/:id/reject')
  // HR rejects at review, the next-level manager at approval: the service decides who may.
  @RequirePermission('careers:take-part')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Rejected with the reason, by HR or the next-level manager' })
  reject(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: RejectPromotionDto,
  ) {
    return this.promotions.reject(p, id, body.reason);
  }
}
