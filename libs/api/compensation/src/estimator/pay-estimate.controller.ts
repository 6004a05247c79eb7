import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorSchema, CurrentPrincipal, RequirePermission, type Principal } from '@cadre/api/core';
import { PeriodQueryDto } from '../dto/operations.dto';
import { PayEstimateService } from './pay-estimate.service';

@ApiTags('compensation')
@Controller('compensation/estimate')
export class PayEstimateController {
  constructor(private readonly estimates: PayEstimateService) {}

  @Get()
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({
    description: "The caller's own plan, quotas and totals so far, for the estimator in the browser",
  })
  @ApiBadRequestResponse({ type: ApiErrorSchema })
  @ApiNotFoundResponse({ type: ApiErrorSchema, description: 'No plan of yours in the period' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'Your plan has no quota for the period yet' })
  inputs(@CurrentPrincipal() principal: Principal, @Query() query: PeriodQueryDto) {
    return this.estimates.inputsOf(principal, query.period);
  }
}
