import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
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
import { CompetenciesService } from './competencies/competencies.service';
import { DevelopmentNeedsService } from './development-needs/development-needs.service';
import {
  CompetencyQueryDto,
  CompetencyResponse,
  CreateCompetencyDto,
  CreateRoleProfileDto,
  DevelopmentNeedResponse,
  RoleProfileResponse,
  RoleProfileVersionRequestDto,
  RoleProfileVersionResponse,
  UpdateCompetencyDto,
} from './dto/talent.dto';
import { RoleProfilesService } from './role-profiles/role-profiles.service';

@ApiTags('talent')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller()
export class TalentController {
  constructor(
    private readonly competencies: CompetenciesService,
    private readonly profiles: RoleProfilesService,
    private readonly needs: DevelopmentNeedsService,
  ) {}

  @Get('competencies')
  @RequirePermission('talent:read')
  @ApiOkResponse({ type: [CompetencyResponse] })
  listCompetencies(@Query() query: CompetencyQueryDto) {
    return this.competencies.list(query.includeArchived ?? false);
  }

  @Post('competencies')
  @RequirePermission('talent:manage')
  @ApiCreatedResponse({ type: CompetencyResponse })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'Code already used' })
  createCompetency(@Body() body: CreateCompetencyDto) {
    return this.competencies.create(body);
  }

  @Patch('competencies/:id')
  @RequirePermission('talent:manage')
  @ApiOkResponse({ type: CompetencyResponse })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  updateCompetency(@Param('id', UuidPipe) id: string, @Body() body: UpdateCompetencyDto) {
    return this.competencies.update(id, body);
  }

  @Get('role-profiles')
  @RequirePermission('talent:read')
  @ApiOkResponse({
    type: [RoleProfileResponse],
    description: 'Each profile with its current version and the list of versions',
  })
  listProfiles() {
    return this.profiles.list();
  }

  @Get('role-profiles/:id')
  @RequirePermission('talent:read')
  @ApiOkResponse({ type: RoleProfileResponse })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  getProfile(@Param('id', UuidPipe) id: string) {
    return this.profiles.get(id);
  }

  @Get('role-profile-versions/:id')
  @RequirePermission('talent:read')
  @ApiOkResponse({ type: RoleProfileVersionResponse })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  getVersion(@Param('id', UuidPipe) id: string) {
    return this.profiles.getVersion(null, id);
  }

  @Post('role-profiles')
  @RequirePermission('talent:manage')
  @ApiCreatedResponse({ type: RoleProfileResponse, description: 'The profile with version 1' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  createProfile(@Body() body: CreateRoleProfileDto) {
    return this.profiles.create(body);
  }

  @Post('role-profiles/:id/versions')
  @RequirePermission('talent:manage')
  @ApiCreatedResponse({
    type: RoleProfileResponse,
    description: 'The profile, with the new version current; older versions are kept unchanged',
  })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  addVersion(@Param('id', UuidPipe) id: string, @Body() body: RoleProfileVersionRequestDto) {
    return this.profiles.addVersion(id, body);
  }

  @Get('employees/:id/role-profile')
  @RequirePermission('employees:read')
  @ApiOkResponse({
    type: RoleProfileResponse,
    description: 'The role profile the employee was hired against (its current version); null when none',
  })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  employeeRoleProfile(@CurrentPrincipal() principal: Principal, @Param('id', UuidPipe) id: string) {
    return this.profiles.ofEmployee(principal, id);
  }

  @Get('employees/:id/development-needs')
  @RequirePermission('employees:read')
  @ApiOkResponse({
    type: [DevelopmentNeedResponse],
    description: 'Competency gaps to work on, largest first',
  })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  developmentNeeds(@CurrentPrincipal() principal: Principal, @Param('id', UuidPipe) id: string) {
    return this.needs.forEmployee(principal, id);
  }
}
