import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
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
import { MAX_LIBRARY_FILE_BYTES } from '@cadre/shared/contracts';
import { certificatePdf } from './certifications/certificate-pdf';
import { CoursesService } from './courses/courses.service';
import { CurriculaService } from './curricula/curricula.service';
import {
  AssignCurriculumDto,
  CourseContentDto,
  CreateCourseDto,
  CurriculumRequestDto,
  EnrolDto,
  ItemProgressDto,
  SubmitAttemptDto,
} from './dto/learning.dto';
import { EnrolmentsService } from './enrolments/enrolments.service';
import { LearningFilesService, type UploadedFile as Upload } from './files/learning-files.service';
import { QuizzesService } from './quizzes/quizzes.service';

@ApiTags('learning')
@ApiNotFoundResponse({ type: ApiErrorSchema })
@Controller('learning')
export class LearningController {
  constructor(
    private readonly courses: CoursesService,
    private readonly enrolments: EnrolmentsService,
    private readonly quizzes: QuizzesService,
    private readonly curricula: CurriculaService,
    private readonly files: LearningFilesService,
  ) {}

  @Get('courses')
  @RequirePermission('learning:manage')
  @ApiOkResponse({ description: "Every course with its latest version in full (the author's view)" })
  listCourses() {
    return this.courses.list();
  }

  @Post('courses')
  @RequirePermission('learning:manage')
  @ApiCreatedResponse({ description: 'The course, its first version a draft' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'code_taken' })
  createCourse(@Body() body: CreateCourseDto) {
    return this.courses.create(body);
  }

  @Get('courses/:id')
  @RequirePermission('learning:manage')
  @ApiOkResponse({ description: "The author's view, answer key included" })
  getCourse(@Param('id', UuidPipe) id: string) {
    return this.courses.get(id);
  }

  @Put('courses/:id/draft')
  @RequirePermission('learning:manage')
  @ApiOkResponse({ description: 'The draft saved: in place, or as the version after the published one' })
  saveDraft(@Param('id', UuidPipe) id: string, @Body() body: CourseContentDto) {
    return this.courses.saveDraft(id, body);
  }

  @Post('courses/:id/publish')
  @HttpCode(200)
  @RequirePermission('learning:manage')
  @ApiOkResponse({ description: 'The draft published; the version before it superseded' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'no_draft' })
  publish(@Param('id', UuidPipe) id: string) {
    return this.courses.publish(id);
  }

  @Get('catalogue')
  @RequirePermission('learning:learn')
  @ApiOkResponse({ description: "Published courses, each with the caller's enrolment if any" })
  catalogue(@CurrentPrincipal() p: Principal) {
    return this.enrolments.catalogue(p);
  }

  @Post('enrolments')
  @RequirePermission('learning:learn')
  @ApiCreatedResponse({ description: 'The enrolment (the open one, if there was one already)' })
  @ApiForbiddenResponse({
    type: ApiErrorSchema,
    description: 'Assigning outside the part of the organisation one may see',
  })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'not_published' })
  enrol(@CurrentPrincipal() p: Principal, @Body() body: EnrolDto) {
    return this.enrolments.enrol(p, body);
  }

  @Get('me')
  @RequirePermission('learning:learn')
  @ApiOkResponse({ description: "The caller's enrolments, next step first, and certifications" })
  mine(@CurrentPrincipal() p: Principal) {
    return this.enrolments.myLearning(p);
  }

  @Get('team')
  @RequirePermission('learning:assign')
  @ApiOkResponse({
    description: 'Per person and per course: enrolled, completed, overdue (a manager’s subtree, HR everyone)',
  })
  team(@CurrentPrincipal() p: Principal) {
    return this.enrolments.teamLearning(p);
  }

  @Get('reports')
  @RequirePermission('learning:assign')
  @ApiOkResponse({
    description:
      'Completion and overdue by org unit (subtrees summed) and by course: HR everyone, a manager their subtree',
  })
  report(@CurrentPrincipal() p: Principal) {
    return this.enrolments.report(p);
  }

  @Get('certifications/:id')
  @RequirePermission('learning:learn')
  @ApiOkResponse({ description: 'A certification for its certificate: the holder, their managers, HR' })
  @ApiForbiddenResponse({ type: ApiErrorSchema })
  certification(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.enrolments.certification(p, id);
  }

  @Get('certifications/:id/pdf')
  @RequirePermission('learning:learn')
  @Header('Content-Type', 'application/pdf')
  @ApiOkResponse({ description: 'The certificate as a one-page PDF, in English and Chinese' })
  @ApiForbiddenResponse({ type: ApiErrorSchema })
  async certificatePdf(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const certification = await this.enrolments.certification(p, id);
    const fileName = `certificate-${certification.code}-${certification.issuedAt.slice(0, 10)}.pdf`;
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return new StreamableFile(await certificatePdf(certification));
  }

  @Post('files')
  @RequirePermission('learning:manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'PDF, PPTX, DOCX or XLSX, at most 25 MB' },
      },
    },
  })
  @ApiCreatedResponse({ description: 'The stored file, to name in a PDF item or a library resource' })
  @ApiBadRequestResponse({ type: ApiErrorSchema, description: 'file_type, file_content, file_too_big' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_LIBRARY_FILE_BYTES + 1, files: 1 } }))
  uploadFile(@CurrentPrincipal() p: Principal, @UploadedFile() file: Upload | undefined) {
    return this.files.upload(p, file);
  }

  @Get('files/:id')
  @RequirePermission('learning:learn')
  @Header('X-Content-Type-Options', 'nosniff')
  // A stored document is never a page of this site: no script, no same-origin rights.
  @Header('Content-Security-Policy', 'sandbox; default-src none')
  @ApiOkResponse({ description: 'The file: a PDF opens in the browser, other documents download' })
  async downloadFile(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.files.download(p, id);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('ETag', `"${file.sha256}"`);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    const disposition = file.contentType === 'application/pdf' ? 'inline' : 'attachment';
    res.setHeader(
      'Content-Disposition',
      `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    return new StreamableFile(file.content);
  }

  @Get('employees/:id')
  @RequirePermission('learning:learn')
  @ApiOkResponse({
    description: "Someone's enrolments and certifications: oneself, a manager's subtree, HR anyone",
  })
  @ApiForbiddenResponse({ type: ApiErrorSchema })
  ofEmployee(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.enrolments.forEmployee(p, id);
  }

  @Get('enrolments/:id')
  @RequirePermission('learning:learn')
  @ApiOkResponse({
    description: "The course as its learner works through it: never a quiz's questions or key",
  })
  learnerCourse(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.enrolments.learnerCourse(p, id);
  }

  @Put('enrolments/:id/items/:itemId/progress')
  @RequirePermission('learning:learn')
  @ApiOkResponse({ description: 'The enrolment after the write; repeating it changes nothing' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'quiz_by_attempt' })
  progress(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('itemId', UuidPipe) itemId: string,
    @Body() body: ItemProgressDto,
  ) {
    return this.enrolments.recordProgress(p, id, itemId, body);
  }

  @Post('enrolments/:id/items/:itemId/attempts')
  @RequirePermission('learning:learn')
  @ApiCreatedResponse({
    description: 'The attempt: questions drawn, options shuffled, no key (the open one, if any)',
  })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'already_passed, no_attempts_left' })
  startAttempt(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('itemId', UuidPipe) itemId: string,
  ) {
    return this.quizzes.start(p, id, itemId);
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  @RequirePermission('learning:learn')
  @ApiOkResponse({ description: 'The grade, with each question right or wrong, the key and its feedback' })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'already_submitted, time_over' })
  submit(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: SubmitAttemptDto,
  ) {
    return this.quizzes.submit(p, id, body);
  }

  @Get('curricula')
  // Managers read them too: they put people on a path (writing one is HR's).
  @RequirePermission('learning:assign')
  @ApiOkResponse({ description: 'Every role profile’s curriculum, steps in order' })
  listCurricula() {
    return this.curricula.list();
  }

  @Put('curricula/:roleProfileId')
  @RequirePermission('learning:manage')
  @ApiOkResponse({ description: 'The role profile’s curriculum, created or replaced' })
  saveCurriculum(
    @Param('roleProfileId', UuidPipe) roleProfileId: string,
    @Body() body: CurriculumRequestDto,
  ) {
    return this.curricula.save(roleProfileId, body);
  }

  @Post('curriculum-assignments')
  @RequirePermission('learning:assign')
  @ApiCreatedResponse({
    description: 'The assignment with its steps (the existing one, if assigned already)',
  })
  @ApiForbiddenResponse({
    type: ApiErrorSchema,
    description: 'Outside the part of the organisation one may see',
  })
  assignCurriculum(@CurrentPrincipal() p: Principal, @Body() body: AssignCurriculumDto) {
    return this.curricula.assign(p, body);
  }

  @Post('curriculum-assignments/:id/tasks/:itemId/sign-off')
  @HttpCode(200)
  @RequirePermission('learning:assign')
  @ApiOkResponse({ description: 'The assignment after the sign-off; signing off again changes nothing' })
  @ApiForbiddenResponse({
    type: ApiErrorSchema,
    description: 'One’s own task, or someone outside one’s part of the organisation',
  })
  @ApiConflictResponse({ type: ApiErrorSchema, description: 'step_locked' })
  signOff(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('itemId', UuidPipe) itemId: string,
  ) {
    return this.curricula.signOff(p, id, itemId);
  }
}
