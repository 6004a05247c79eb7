import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { ConfirmProposalRequest } from '@cadre/shared/contracts';
import {
  ApiErrorSchema,
  CurrentPrincipal,
  RequirePermission,
  UuidPipe,
  type Principal,
} from '@cadre/api/core';
import { AcknowledgePlanDto, CreateAssignmentsDto } from '../dto/operations.dto';
import { AssignmentProposalsService } from './assignment-proposals.service';
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

const PROPOSAL_STATUSES = ['open', 'confirmed', 'dismissed'] as const;

class ProposalQueryDto {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: (typeof PROPOSAL_STATUSES)[number];
}

class ConfirmProposalDto implements ConfirmProposalRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId!: string;
}

@ApiTags('compensation')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@Controller('compensation/assignments')
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly proposals: AssignmentProposalsService,
  ) {}

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

  @Get('proposals')
  @RequirePermission('compensation:manage')
  @ApiOkResponse({ description: 'Plan assignments a change of role suggests (a promotion), open first' })
  proposalList(@Query() query: ProposalQueryDto) {
    return this.proposals.list(query.status);
  }

  @Post('proposals/:id/confirm')
  @RequirePermission('compensation:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Assigns the plan from the proposed date, ending the plan held until then' })
  confirmProposal(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: ConfirmProposalDto,
  ) {
    return this.proposals.confirm(p, id, body.planId);
  }

  @Post('proposals/:id/dismiss')
  @RequirePermission('compensation:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Leaves the person’s plan as it is' })
  dismissProposal(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.proposals.dismiss(p, id);
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
