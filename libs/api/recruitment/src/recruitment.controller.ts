import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ApiErrorSchema,
  CurrentPrincipal,
  parseJsonField,
  RequirePermission,
  UuidPipe,
  type Principal,
} from '@cadre/api/core';
import { ApplicationsService } from './applications/applications.service';
import { CandidateIntakeService } from './candidates/candidate-intake.service';
import { CandidatesService } from './candidates/candidates.service';
import { MAX_CV_BYTES } from './candidates/cv-file';
import {
  AssignInterviewerDto,
  CandidateQueryDto,
  CompareQueryDto,
  CreateApplicationDto,
  CreateCandidateDto,
  CreateRequisitionDto,
  HireDto,
  MoveApplicationDto,
  NewCandidateFormDto,
  RankingQueryDto,
  RequisitionQueryDto,
  SubmitScorecardDto,
  UpdateCandidateDto,
  UpdateRequisitionDto,
} from './dto/recruitment.dto';
import { HiringService } from './hiring/hiring.service';
import { RequisitionsService } from './requisitions/requisitions.service';

/**
 * Recruitment over HTTP. HR and admins (recruitment:manage) run it; managers
 * (recruitment:participate) see their own requisitions and the applications they score.
 */
@ApiTags('recruitment')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@Controller()
export class RecruitmentController {
  constructor(
    private readonly requisitions: RequisitionsService,
    private readonly candidates: CandidatesService,
    private readonly applications: ApplicationsService,
    private readonly hiring: HiringService,
    private readonly intake: CandidateIntakeService,
  ) {}

  @Get('requisitions')
  @RequirePermission('recruitment:participate')
  @ApiOkResponse({ description: "All requisitions for HR; a hiring manager's own otherwise" })
  listRequisitions(@CurrentPrincipal() p: Principal, @Query() query: RequisitionQueryDto) {
    return this.requisitions.list(p, query.status);
  }

  @Post('requisitions')
  @RequirePermission('recruitment:manage')
  @ApiCreatedResponse({ description: "The requisition, pinned to the profile's current version" })
  createRequisition(@CurrentPrincipal() p: Principal, @Body() body: CreateRequisitionDto) {
    return this.requisitions.create(p, body);
  }

  @Get('requisitions/:id')
  @RequirePermission('recruitment:participate')
  getRequisition(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.requisitions.get(p, id);
  }

  @Patch('requisitions/:id')
  @RequirePermission('recruitment:manage')
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'A status change that is not allowed' })
  updateRequisition(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateRequisitionDto,
  ) {
    return this.requisitions.update(p, id, body);
  }

  @Get('requisitions/:id/applications')
  @RequirePermission('recruitment:participate')
  @ApiOkResponse({ description: 'Ranked by fit, knock-outs last' })
  ranking(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() query: RankingQueryDto,
  ) {
    return this.applications.ranking(p, id, query.stage, query);
  }

  @Get('requisitions/:id/compare')
  @RequirePermission('recruitment:participate')
  @ApiOkResponse({
    description: "Combined ratings of two to four applications against the profile's targets",
  })
  compare(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() query: CompareQueryDto,
  ) {
    return this.applications.compare(p, id, query.applications);
  }

  @Post('requisitions/:id/candidates')
  @RequirePermission('recruitment:manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['candidate'],
      properties: {
        candidate: {
          type: 'string',
          description: 'The new candidate as JSON (the body of POST /api/candidates)',
        },
        file: { type: 'string', format: 'binary', description: 'Their CV: PDF, DOCX or DOC, at most 5 MB' },
      },
    },
  })
  @ApiCreatedResponse({
    description:
      'The new candidate, their CV and their application, created together: a refused CV or a duplicate leaves nothing behind',
  })
  @ApiConflictResponse({
    type: ApiErrorSchema,
    description: 'A candidate with the same email or phone exists',
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_CV_BYTES + 1, files: 1, fields: 1 } }))
  async addNewCandidate(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: NewCandidateFormDto,
    @UploadedFile() file: { originalname: string; size: number; buffer: Buffer } | undefined,
  ) {
    const details = await parseJsonField(body.candidate, 'candidate', CreateCandidateDto);
    return this.intake.addToRequisition(p, id, details, file);
  }

  @Get('candidates')
  @RequirePermission('recruitment:manage')
  searchCandidates(@CurrentPrincipal() p: Principal, @Query() query: CandidateQueryDto) {
    return this.candidates.search(p, query.search, query);
  }

  @Post('candidates')
  @RequirePermission('recruitment:manage')
  @ApiConflictResponse({
    type: ApiErrorSchema,
    description: 'A candidate with the same email or phone exists',
  })
  createCandidate(@CurrentPrincipal() p: Principal, @Body() body: CreateCandidateDto) {
    return this.candidates.create(p, body);
  }

  @Get('candidates/:id')
  @RequirePermission('recruitment:participate')
  @ApiOkResponse({ description: 'Personal data: the read is written to the audit log' })
  getCandidate(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.candidates.get(p, id);
  }

  @Patch('candidates/:id')
  @RequirePermission('recruitment:manage')
  @ApiConflictResponse({ type: ApiErrorSchema })
  updateCandidate(@Param('id', UuidPipe) id: string, @Body() body: UpdateCandidateDto) {
    return this.candidates.update(id, body);
  }

  @Post('candidates/:id/cv')
  @RequirePermission('recruitment:manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', format: 'binary', description: 'PDF, DOCX or DOC, at most 5 MB' },
      },
    },
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_CV_BYTES + 1, files: 1 } }))
  uploadCv(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @UploadedFile() file: { originalname: string; size: number; buffer: Buffer } | undefined,
  ) {
    return this.candidates.uploadCv(p, id, file);
  }

  @Get('candidates/:id/cv')
  @RequirePermission('recruitment:participate')
  @ApiProduces(
    'application/pdf',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @Header('X-Content-Type-Options', 'nosniff')
  async downloadCv(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.candidates.downloadCv(p, id);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return new StreamableFile(file.content);
  }

  @Post('applications')
  @RequirePermission('recruitment:manage')
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'Already applied, or the requisition is closed' })
  createApplication(@CurrentPrincipal() p: Principal, @Body() body: CreateApplicationDto) {
    return this.applications.create(p, body);
  }

  @Get('applications/:id')
  @RequirePermission('recruitment:participate')
  @ApiOkResponse({ description: 'Candidate, history, interviewers, scorecards and fit; the read is audited' })
  getApplication(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.applications.get(p, id);
  }

  @Post('applications/:id/stage')
  @RequirePermission('recruitment:manage')
  @ApiConflictResponse({
    type: ApiErrorSchema,
    description: 'The application is already hired, rejected or withdrawn',
  })
  move(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: MoveApplicationDto,
  ) {
    return this.applications.move(p, id, body);
  }

  @Post('applications/:id/interviewers')
  @RequirePermission('recruitment:manage')
  addInterviewer(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: AssignInterviewerDto,
  ) {
    return this.applications.addInterviewer(p, id, body.userId);
  }

  @Delete('applications/:id/interviewers/:userId')
  @RequirePermission('recruitment:manage')
  removeInterviewer(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('userId', UuidPipe) userId: string,
  ) {
    return this.applications.removeInterviewer(p, id, userId);
  }

  @Put('applications/:id/scorecard')
  @RequirePermission('recruitment:participate')
  @ApiOkResponse({ description: 'My scorecard saved (replacing an earlier one); the fit is recomputed' })
  submitScorecard(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: SubmitScorecardDto,
  ) {
    return this.applications.submitScorecard(p, id, body);
  }

  @Post('applications/:id/hire')
  @RequirePermission('recruitment:manage')
  @ApiCreatedResponse({
    description:
      'The employee and user created, the requisition updated, the gaps recorded as development needs',
  })
  @ApiConflictResponse({
    type: ApiErrorSchema,
    description: 'No seat left, the requisition is not open, or the email is taken',
  })
  hire(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() body: HireDto) {
    return this.hiring.hire(p, id, body);
  }

  @Get('me/scorecards')
  @RequirePermission('recruitment:participate')
  @ApiOkResponse({ description: 'Applications I am asked to score and have not yet' })
  owed(@CurrentPrincipal() p: Principal) {
    return this.applications.owed(p);
  }
}
