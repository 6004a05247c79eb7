import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
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
import { CreatePlanDto, PeriodQueryDto, SavePlanDraftDto } from '../dto/operations.dto';
import { PlanWhatIfService } from './plan-what-if.service';
import { PlansService } from './plans.service';

@ApiTags('compensation')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@Controller('compensation/plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly whatIfs: PlanWhatIfService,
  ) {}

  @Get()
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'Every stored plan with its versions' })
  list() {
    return this.plans.list();
  }

  @Get(':id')
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'One plan with its versions, newest first' })
  get(@Param('id', UuidPipe) id: string) {
    return this.plans.get(id);
  }

  @Get(':id/draft/what-if')
  @RequirePermission('compensation:manage')
  @ApiOkResponse({
    description:
      'What a past period (default: the last complete one) would have paid under the draft, beside the version in force',
  })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'The plan has no draft' })
  whatIf(@Param('id', UuidPipe) id: string, @Query() query: PeriodQueryDto) {
    return this.whatIfs.whatIf(id, query.period);
  }

  @Post()
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'The new plan, its document checked and saved as draft version 1' })
  create(@CurrentPrincipal() p: Principal, @Body() body: CreatePlanDto) {
    return this.plans.create(p, body);
  }

  @Put(':id/draft')
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'The draft saved: the one in progress, or a new version' })
  saveDraft(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: SavePlanDraftDto,
  ) {
    return this.plans.saveDraft(p, id, body);
  }

  @Post(':id/publish')
  @RequirePermission('compensation:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The draft published: it pays from its effective date and never changes' })
  publish(@Param('id', UuidPipe) id: string) {
    return this.plans.publish(id);
  }
}
