import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
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
  StatementDecisionDto,
  StatementPdfQueryDto,
  StatementQueryDto,
  StatementQueueQueryDto,
  OffsetQueryDto,
  StatementRejectionDto,
} from '../dto/operations.dto';
import { statementPdf } from './statement-pdf';
import { StatementsService } from './statements.service';

@ApiTags('compensation')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@ApiForbiddenResponse({ type: ApiErrorSchema })
@Controller('compensation/statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get()
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({
    description: "Finance: everyone's; a manager: the team's and their own locked; a rep: their own locked",
  })
  list(@CurrentPrincipal() p: Principal, @Query() query: StatementQueryDto) {
    return this.statements.list(p, query);
  }

  @Get('queue')
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({
    description:
      "An approval queue a page at a time: its periods with counts per step, and one period's statements",
  })
  queue(@CurrentPrincipal() p: Principal, @Query() query: StatementQueueQueryDto) {
    return this.statements.queue(p, query);
  }

  @Get(':id')
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({
    description: 'One statement with every number explained, earnings to date and its approvals',
  })
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.statements.get(p, id);
  }

  @Get(':id/lines/:component/credits')
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({ description: 'The credited sales behind one line of the statement, 100 at a time' })
  lineCredits(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('component') component: string,
    @Query() query: OffsetQueryDto,
  ) {
    return this.statements.lineCredits(p, id, component, query.offset);
  }

  @Get(':id/pdf')
  @RequirePermission('compensation:read-own')
  @ApiOkResponse({ description: 'The statement as a PDF in the reader’s language (?lang=en or zh-CN)' })
  async pdf(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() query: StatementPdfQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const statement = await this.statements.get(p, id);
    const pdf = await statementPdf(statement, query.lang ?? 'en');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="statement-${statement.period}-${statement.employeeId.slice(0, 8)}.pdf"`,
    );
    return new StreamableFile(pdf);
  }

  @Post('manager-approval')
  @RequirePermission('compensation:approve-team')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The statements approved by their manager, all or none' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  managerApprove(@CurrentPrincipal() p: Principal, @Body() body: StatementDecisionDto) {
    return this.statements.managerApprove(p, body);
  }

  @Post('finance-approval')
  @RequirePermission('compensation:manage')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The statements approved by finance and locked, all or none' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  financeApprove(@CurrentPrincipal() p: Principal, @Body() body: StatementDecisionDto) {
    return this.statements.financeApprove(p, body);
  }

  @Post('rejection')
  // Managers (their team's drafts) and finance (any not locked): the service tells them apart.
  @RequirePermission('compensation:read-own')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The statements sent back to draft with the reason' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  reject(@CurrentPrincipal() p: Principal, @Body() body: StatementRejectionDto) {
    return this.statements.reject(p, body);
  }
}
