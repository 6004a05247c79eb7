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
import {
  CreateEmployeeDto,
  EmployeePageResponse,
  EmployeeQueryDto,
  EmployeeResponse,
  UpdateEmployeeDto,
} from './dto/employee.dto';
import { EmployeesService } from './employees.service';

@ApiTags('employees')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller('employees')
export class EmployeesController {
  constructor(private readonly employees: EmployeesService) {}

  @Get()
  @RequirePermission('employees:read')
  @ApiOkResponse({ type: EmployeePageResponse, description: 'Only the employees the caller may see' })
  search(@CurrentPrincipal() principal: Principal, @Query() query: EmployeeQueryDto) {
    return this.employees.search(principal, query);
  }

  @Get(':id')
  @RequirePermission('employees:read')
  @ApiOkResponse({ type: EmployeeResponse })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidPipe) id: string) {
    return this.employees.get(principal, id);
  }

  @Post()
  @RequirePermission('employees:manage')
  @ApiCreatedResponse({ type: EmployeeResponse })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'Email already used' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateEmployeeDto) {
    return this.employees.create(principal, body);
  }

  @Patch(':id')
  @RequirePermission('employees:manage')
  @ApiOkResponse({ type: EmployeeResponse })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  @ApiConflictResponse({ type: ApiErrorSchema })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateEmployeeDto,
  ) {
    return this.employees.update(principal, id, body);
  }
}
