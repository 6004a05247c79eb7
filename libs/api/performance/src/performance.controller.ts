import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  ApiErrorSchema,
  CurrentPrincipal,
  InvalidInputError,
  RequirePermission,
  UuidPipe,
  type Principal,
} from '@cadre/api/core';
import { AttainmentService } from './attainment/attainment.service';
import {
  CascadeTargetDto,
  CreateTransactionDto,
  CreateFiscalYearDto,
  CreateMetricDto,
  DrillQueryDto,
  PeriodKeyQueryDto,
  SetTargetDto,
  StartImportQueryDto,
  TargetQueryDto,
  UpdateTargetDto,
} from './dto/performance.dto';
import { problemReportCsv } from './imports/problem-report';
import { ImportsService } from './imports/imports.service';
import { MetricsService } from './metrics/metrics.service';
import { PeriodsService } from './periods/periods.service';
import { TargetsService } from './targets/targets.service';
import { TransactionsService } from './transactions/transactions.service';

@ApiTags('performance')
@ApiForbiddenResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller('performance')
export class PerformanceController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly periods: PeriodsService,
    private readonly targets: TargetsService,
    private readonly imports: ImportsService,
    private readonly attainment: AttainmentService,
    private readonly transactionsService: TransactionsService,
  ) {}

  @Get('metrics')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'Every metric' })
  listMetrics() {
    return this.metrics.list();
  }

  @Post('metrics')
  @RequirePermission('performance:manage')
  @ApiCreatedResponse({ description: 'The metric' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  createMetric(@Body() body: CreateMetricDto) {
    return this.metrics.create(body);
  }

  @Get('calendar')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'The fiscal calendar: months, quarters and years, open or closed' })
  calendar() {
    return this.periods.calendar();
  }

  @Post('calendar/years')
  @RequirePermission('performance:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The calendar with the fiscal year added (idempotent)' })
  createYear(@Body() body: CreateFiscalYearDto) {
    return this.periods.createYear(body.fiscalYear);
  }

  @Post('periods/:id/close')
  @RequirePermission('performance:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The period, closed: its credited values are frozen' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  closePeriod(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.periods.close(p, id);
  }

  @Get('targets')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'Targets of the people and units the caller may see' })
  listTargets(@CurrentPrincipal() p: Principal, @Query() query: TargetQueryDto) {
    return this.targets.list(p, query);
  }

  @Put('targets')
  @RequirePermission('performance:set-targets')
  @ApiOkResponse({ description: 'The target, created or changed' })
  setTarget(@CurrentPrincipal() p: Principal, @Body() body: SetTargetDto) {
    return this.targets.set(p, body);
  }

  @Patch('targets/:id')
  @RequirePermission('performance:set-targets')
  @ApiOkResponse({ description: 'The target, changed' })
  updateTarget(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateTargetDto,
  ) {
    return this.targets.update(p, id, body);
  }

  @Get('targets/:id/cascade')
  @RequirePermission('performance:set-targets')
  @ApiOkResponse({ description: 'The units and people a unit target can cascade to' })
  cascadeChoices(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.targets.cascadeChoices(p, id);
  }

  @Post('targets/:id/cascade')
  @RequirePermission('performance:set-targets')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The targets cascaded from this one' })
  cascade(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: CascadeTargetDto,
  ) {
    return this.targets.cascade(p, id, body);
  }

  @Post('targets/:id/acknowledge')
  @RequirePermission('performance:read')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The target, acknowledged by the person it is for' })
  acknowledge(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.targets.acknowledge(p, id);
  }

  @Get('me')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'My month, my quarter and my year, month by month' })
  me(@CurrentPrincipal() p: Principal) {
    return this.attainment.mine(p, null);
  }

  @Get('employees/:employeeId')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: "A person's month, quarter and year (self, a manager's subtree, HR)" })
  employee(@CurrentPrincipal() p: Principal, @Param('employeeId', UuidPipe) employeeId: string) {
    return this.attainment.mine(p, employeeId);
  }

  @Get('employees/:employeeId/transactions')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'The credited transactions behind one number' })
  transactions(
    @CurrentPrincipal() p: Principal,
    @Param('employeeId', UuidPipe) employeeId: string,
    @Query() query: DrillQueryDto,
  ) {
    return this.attainment.transactions(p, employeeId, query.metric, query.period);
  }

  @Get('attainment/people')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'Per person and metric: actual, target, attainment' })
  people(@CurrentPrincipal() p: Principal, @Query() query: PeriodKeyQueryDto) {
    return this.attainment.people(p, query.period, query.orgUnitId ?? null);
  }

  @Get('attainment/units')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'Per org unit (its whole subtree) and metric' })
  units(@CurrentPrincipal() p: Principal, @Query() query: PeriodKeyQueryDto) {
    return this.attainment.units(p, query.period);
  }

  /**
   * One transaction and its credits, checked and merged as a file's rows are. Writing the
   * same transaction again changes nothing; a changed one is updated and audited.
   */
  @Post('transactions')
  @RequirePermission('performance:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The transaction as stored' })
  recordTransaction(@CurrentPrincipal() p: Principal, @Body() body: CreateTransactionDto) {
    return this.transactionsService.record(p, body);
  }

  @Get('imports')
  @RequirePermission('performance:manage')
  @ApiOkResponse({ description: 'The latest file imports' })
  listImports() {
    return this.imports.list();
  }

  /**
   * The file is the request body (text/csv), streamed: it is read into staging as it
   * arrives, and the answer comes once it is all there; checks and merge follow in the
   * background (poll the import).
   */
  @Post('imports')
  @RequirePermission('performance:manage')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'The import, read and being checked (or refused)' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  startImport(
    @CurrentPrincipal() p: Principal,
    @Query() query: StartImportQueryDto,
    @Req() request: Request,
  ) {
    let mapping: Record<string, string> = {};
    if (query.columns) {
      try {
        const parsed: unknown = JSON.parse(query.columns);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
        if (!Object.values(parsed).every((v) => typeof v === 'string' && v.length <= 200))
          throw new Error('not text');
        mapping = parsed as Record<string, string>;
      } catch {
        throw InvalidInputError.field('columns', 'must be a JSON object of field → header', 'object');
      }
    }
    const length = request.headers['content-length'];
    return this.imports.start(
      p,
      {
        source: query.source,
        fileName: query.fileName,
        mapping,
        declaredBytes: length ? Number(length) : null,
      },
      request,
    );
  }

  @Get('imports/:id')
  @RequirePermission('performance:manage')
  @ApiOkResponse({ description: 'One import and its progress' })
  importJob(@Param('id', UuidPipe) id: string) {
    return this.imports.job(id);
  }

  @Post('imports/:id/cancel')
  @RequirePermission('performance:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The import, asked to stop: nothing of it is merged' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  cancelImport(@Param('id', UuidPipe) id: string) {
    return this.imports.cancel(id);
  }

  @Get('imports/:id/problems.csv')
  @RequirePermission('performance:manage')
  @ApiOkResponse({ description: 'The row-level problem report: row, column, value, reason' })
  async problems(
    @Param('id', UuidPipe) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ) {
    const pages = this.imports.problems(id);
    const first = await pages.next();
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="import-${id.slice(0, 8)}-problems.csv"`);
    await problemReportCsv(res, first, pages, lang === 'zh-CN' ? 'zh-CN' : 'en');
  }
}
