import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrorSchema, RequirePermission } from '@cadre/api/core';
import { RequestRunDto } from '../dto/operations.dto';
import { PayrollService } from './payroll.service';

@ApiTags('compensation')
@Controller('compensation/payroll')
export class PayrollController {
  constructor(private readonly payroll: PayrollService) {}

  @Get()
  @RequirePermission('compensation:manage')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The locked period for payroll: one row per person (CSV)' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  async csv(@Query() query: RequestRunDto, @Res({ passthrough: true }) res: Response) {
    const csv = await this.payroll.csv(query.period);
    // Set only on success: a refusal stays a JSON problem.
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="payroll-${query.period}.csv"`);
    return csv;
  }
}
