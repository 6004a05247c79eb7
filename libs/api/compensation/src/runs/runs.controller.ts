import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
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
import { RequestRunDto } from '../dto/operations.dto';
import { RunsService } from './runs.service';

@ApiTags('compensation')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@Controller('compensation/runs')
export class RunsController {
  constructor(private readonly runs: RunsService) {}

  @Get()
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'The latest runs, newest first' })
  list() {
    return this.runs.list();
  }

  @Get(':id')
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'One run with its progress' })
  get(@Param('id', UuidPipe) id: string) {
    return this.runs.get(id);
  }

  @Post()
  @RequirePermission('compensation:manage')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'The run queued, or the one already queued or running for the period' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  request(@CurrentPrincipal() p: Principal, @Body() body: RequestRunDto) {
    return this.runs.request(p, body.period);
  }

  @Post('recalculations')
  @RequirePermission('compensation:manage')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description:
      'A recalculation of a locked period queued: new versions beside the locked statements, differences paid next',
  })
  @ApiConflictResponse({ type: ApiErrorSchema })
  recalculate(@CurrentPrincipal() p: Principal, @Body() body: RequestRunDto) {
    return this.runs.recalculate(p, body.period);
  }
}
