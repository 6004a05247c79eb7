import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ApiErrorSchema, CurrentPrincipal, RequirePermission, type Principal } from '@cadre/api/core';
import { PayEstimateService } from './pay-estimate.service';

class EstimateQueryDto {
  @ApiPropertyOptional({
    example: '2026-11',
    description: 'Default: the period of your plan that contains today',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, {
    message: 'must be a month such as "2026-11" or a quarter such as "2026-Q4"',
  })
  period?: string;
}

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
  inputs(@CurrentPrincipal() principal: Principal, @Query() query: EstimateQueryDto) {
    return this.estimates.inputsOf(principal, query.period);
  }
}
