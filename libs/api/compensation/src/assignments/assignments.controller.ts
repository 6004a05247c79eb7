import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  ApiErrorSchema,
  CurrentPrincipal,
  RequirePermission,
  UuidPipe,
  type Principal,
} from '@cadre/api/core';
import { AcknowledgePlanDto, CreateAssignmentsDto } from '../dto/operations.dto';
import { AssignmentsService } from './assignments.service';

class AssignmentQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  planId?: string;
}

class CandidateQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ApiTags('compensation')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@Controller('compensation/assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  @RequirePermission('compensation:acknowledgements')
  @ApiOkResponse({ description: 'Assignments with their quotas and who has acknowledged' })
  list(@Query() query: AssignmentQueryDto) {
    return this.assignments.list(query.planId);
  }

  @Get('people')
  @RequirePermission('compensation:manage')
  @ApiOkResponse({
    description: 'Active people by name or email (at most 50), with the plan each holds today',
  })
  people(@Query() query: CandidateQueryDto) {
    return this.assignments.candidates(query.search ?? '');
  }

  @Get('role-profiles')
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'Role profiles with how many active people are on each' })
  roleProfiles() {
    return this.assignments.roleProfiles();
  }

  @Get('mine')
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({ description: "The caller's own plan assignments" })
  mine(@CurrentPrincipal() p: Principal) {
    return this.assignments.mine(p);
  }

  @Post()
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'The assignments made, one per person, all or none' })
  create(@Body() body: CreateAssignmentsDto) {
    return this.assignments.create(body);
  }

  @Post(':id/acknowledge')
  @RequirePermission('compensation:read-own')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The assignment, acknowledged with the name typed and the time' })
  acknowledge(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: AcknowledgePlanDto,
  ) {
    return this.assignments.acknowledge(p, id, body.name);
  }
}
