import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorSchema, RequirePermission, UuidPipe } from '@cadre/api/core';
import { OverviewResponse } from '../overview/dto/overview.dto';
import { OverviewService } from '../overview/overview.service';
import { CreateOrgUnitDto, OrgUnitResponse, UpdateOrgUnitDto } from './dto/org-unit.dto';
import { OrgUnitsService } from './org-units.service';

@ApiTags('org units')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller('org-units')
export class OrgUnitsController {
  constructor(
    private readonly units: OrgUnitsService,
    private readonly overview: OverviewService,
  ) {}

  @Get()
  @RequirePermission('org:read')
  @ApiOkResponse({ type: [OrgUnitResponse], description: 'The whole tree, flat; parentId links it' })
  list() {
    return this.units.list();
  }

  @Get('overview')
  @RequirePermission('org:overview')
  @ApiOkResponse({ type: OverviewResponse })
  getOverview() {
    return this.overview.get();
  }

  @Get(':id')
  @RequirePermission('org:read')
  @ApiOkResponse({ type: OrgUnitResponse })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  get(@Param('id', UuidPipe) id: string) {
    return this.units.get(id);
  }

  @Post()
  @RequirePermission('org:manage')
  @ApiCreatedResponse({ type: OrgUnitResponse })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'A sibling already has that name' })
  create(@Body() body: CreateOrgUnitDto) {
    return this.units.create(body);
  }

  @Patch(':id')
  @RequirePermission('org:manage')
  @ApiOkResponse({
    type: OrgUnitResponse,
    description: 'Rename, change kind, move under another parent, or assign a manager',
  })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  @ApiConflictResponse({ type: ApiErrorSchema })
  update(@Param('id', UuidPipe) id: string, @Body() body: UpdateOrgUnitDto) {
    return this.units.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('org:manage')
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'The unit still has sub-units or employees' })
  async remove(@Param('id', UuidPipe) id: string) {
    await this.units.remove(id);
  }
}
