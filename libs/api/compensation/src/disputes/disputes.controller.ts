import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  ApiErrorSchema,
  CurrentPrincipal,
  RequirePermission,
  UuidPipe,
  type Principal,
} from '@cadre/api/core';
import { DISPUTE_STATUSES, type DisputeStatus } from '@cadre/shared/contracts';
import { RaiseDisputeDto, ResolveDisputeDto } from '../dto/operations.dto';
import { DisputesService } from './disputes.service';

class DisputeQueryDto {
  @ApiPropertyOptional({ enum: DISPUTE_STATUSES })
  @IsOptional()
  @IsIn(DISPUTE_STATUSES)
  status?: DisputeStatus;
}

@ApiTags('compensation')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@ApiForbiddenResponse({ type: ApiErrorSchema })
@Controller('compensation')
export class DisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Get('disputes')
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({ description: "Finance: all; a manager: the team's and their own; a rep: their own" })
  list(@CurrentPrincipal() p: Principal, @Query() query: DisputeQueryDto) {
    return this.disputes.list(p, query.status);
  }

  @Post('statements/:id/disputes')
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({ description: 'The dispute of a line of the caller’s own locked statement' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  raise(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() body: RaiseDisputeDto) {
    return this.disputes.raise(p, id, body);
  }

  @Post('disputes/:id/resolution')
  // Managers (their team's) and finance (anyone's): the service tells them apart.
  @RequirePermission('compensation:read-own')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'The dispute settled: rejected with a reason, or accepted with an adjustment',
  })
  @ApiConflictResponse({ type: ApiErrorSchema })
  resolve(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: ResolveDisputeDto,
  ) {
    return this.disputes.resolve(p, id, body);
  }
}
