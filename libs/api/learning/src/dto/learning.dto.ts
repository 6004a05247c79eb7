import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  COURSE_CATEGORIES,
  COURSE_ITEM_KINDS,
  COURSE_LIMITS,
  QUESTION_KINDS,
  type Bilingual,
  type CourseCategory,
  type CourseCompetency,
  type CourseItem,
  type CourseItemKind,
  type CourseModule,
  type CreateCourseRequest,
  CURRICULUM_ITEM_KINDS,
  type CourseContentRequest,
  type CurriculumItemKind,
  type CurriculumItemRequest,
  type CurriculumRequest,
  type EnrolRequest,
  type ItemProgressRequest,
  type QuestionKind,
  type QuizOption,
  type QuizQuestion,
  type QuizSettings,
  type SubmitAttemptRequest,
} from '@cadre/shared/contracts';
import { IsIsoDate, Trim } from '@cadre/api/core';

/** Text in both languages, each at most `max` characters. */
export function BilingualText(max: number) {
  class BilingualTextDto implements Bilingual {
    @ApiProperty({ maxLength: max })
    @Trim()
    @IsString()
    @MinLength(1, { message: 'must not be empty' })
    @MaxLength(max)
    en!: string;

    @ApiProperty({ maxLength: max })
    @Trim()
    @IsString()
    @MinLength(1, { message: 'must not be empty' })
    @MaxLength(max)
    zh!: string;
  }
  return BilingualTextDto;
}
class ShortText extends BilingualText(200) {}
class LongText extends BilingualText(2000) {}
class LessonText extends BilingualText(COURSE_LIMITS.lessonChars) {}

class QuizOptionDto implements Omit<QuizOption, 'id'> {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() id?: string;
  @ApiProperty({ type: ShortText }) @ValidateNested() @Type(() => ShortText) text!: ShortText;
  @ApiProperty() @IsBoolean() correct!: boolean;
}

class QuizQuestionDto implements Omit<QuizQuestion, 'id' | 'options'> {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() id?: string;
  @ApiProperty({ enum: QUESTION_KINDS }) @IsIn(QUESTION_KINDS) kind!: QuestionKind;
  @ApiProperty({ type: LongText }) @ValidateNested() @Type(() => LongText) prompt!: LongText;
  @ApiProperty({ type: [QuizOptionDto] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(COURSE_LIMITS.optionsPerQuestion)
  @ValidateNested({ each: true })
  @Type(() => QuizOptionDto)
  options!: QuizOptionDto[];
  @ApiProperty({ type: LongText }) @ValidateNested() @Type(() => LongText) feedback!: LongText;
}

class QuizDto implements QuizSettings {
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(COURSE_LIMITS.questionsPerQuiz) drawCount!: number;
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) passMarkPercent!: number;
  @ApiProperty({ minimum: 1, maximum: 20 }) @IsInt() @Min(1) @Max(20) maxAttempts!: number;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 240 })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(240)
  timeLimitMinutes!: number | null;
  @ApiProperty({ type: [QuizQuestionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(COURSE_LIMITS.questionsPerQuiz)
  @ValidateNested({ each: true })
  @Type(() => QuizQuestionDto)
  questions!: QuizQuestionDto[];
}

class CourseItemDto implements Omit<CourseItem, 'id' | 'quiz'> {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() id?: string;
  @ApiProperty({ enum: COURSE_ITEM_KINDS }) @IsIn(COURSE_ITEM_KINDS) kind!: CourseItemKind;
  @ApiProperty({ type: ShortText }) @ValidateNested() @Type(() => ShortText) title!: ShortText;
  @ApiPropertyOptional({ type: LessonText, nullable: true, description: 'Markdown; for a lesson' })
  @ValidateIf((o: CourseItemDto) => o.kind === 'lesson' || (o.body !== null && o.body !== undefined))
  @ValidateNested()
  @Type(() => LessonText)
  body!: LessonText | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'http(s); for a video or a link' })
  @ValidateIf((o: CourseItemDto) => o.kind === 'video' || o.kind === 'link')
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be a web address (https://…)' },
  )
  @MaxLength(2000)
  url!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    format: 'uuid',
    description: 'For a PDF: from POST /learning/files',
  })
  // A missing file is the document check's "required"; a present one must be an id.
  @ValidateIf((o: CourseItemDto) => o.kind === 'pdf' && o.fileId !== null && o.fileId !== undefined)
  @IsUUID()
  fileId?: string | null;
  @ApiProperty({ minimum: 0, maximum: 600 }) @IsInt() @Min(0) @Max(600) estimatedMinutes!: number;
  @ApiPropertyOptional({ type: QuizDto, nullable: true })
  @ValidateIf((o: CourseItemDto) => o.kind === 'quiz')
  @ValidateNested()
  @Type(() => QuizDto)
  quiz!: QuizDto | null;
}

class CourseModuleDto implements Omit<CourseModule, 'id' | 'items'> {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() id?: string;
  @ApiProperty({ type: ShortText }) @ValidateNested() @Type(() => ShortText) title!: ShortText;
  @ApiProperty({ type: [CourseItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(COURSE_LIMITS.itemsPerModule)
  @ValidateNested({ each: true })
  @Type(() => CourseItemDto)
  items!: CourseItemDto[];
}

class CourseCompetencyDto implements CourseCompetency {
  @ApiProperty({ format: 'uuid' }) @IsUUID() competencyId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) level!: number;
}

export class CourseContentDto implements CourseContentRequest {
  @ApiProperty({ type: ShortText }) @ValidateNested() @Type(() => ShortText) title!: ShortText;
  @ApiProperty({ type: LongText }) @ValidateNested() @Type(() => LongText) summary!: LongText;
  @ApiProperty({ minimum: 1, maximum: 6000 }) @IsInt() @Min(1) @Max(6000) estimatedMinutes!: number;
  @ApiProperty({ type: [CourseCompetencyDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CourseCompetencyDto)
  competencies!: CourseCompetencyDto[];
  @ApiProperty() @IsBoolean() certifying!: boolean;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 120 })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(120)
  validityMonths!: number | null;
  @ApiProperty({ type: [CourseModuleDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(COURSE_LIMITS.modules)
  @ValidateNested({ each: true })
  @Type(() => CourseModuleDto)
  modules!: CourseModule[];
}

export class CreateCourseDto extends CourseContentDto implements CreateCourseRequest {
  @ApiProperty({ example: 'AE-ONB-101', description: 'Also the certification code plans gate on' })
  @Trim()
  @Matches(/^[A-Z][A-Z0-9-]{1,39}$/, {
    message: 'must be 2 to 40 capital letters, digits and dashes, starting with a letter',
  })
  code!: string;
  @ApiProperty({ enum: COURSE_CATEGORIES }) @IsIn(COURSE_CATEGORIES) category!: CourseCategory;
}

export class EnrolDto implements EnrolRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() courseId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Someone else, when assigning' })
  @IsOptional()
  @IsUUID()
  employeeId?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsIsoDate() dueDate?: string;
}

export class ItemProgressDto implements ItemProgressRequest {
  @ApiPropertyOptional({ minimum: 0, maximum: 86_400 * 7 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400 * 7)
  secondsSpent?: number;
  @ApiProperty() @IsBoolean() done!: boolean;
}

class AnswerDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() questionId!: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(COURSE_LIMITS.optionsPerQuestion)
  @IsUUID('all', { each: true })
  optionIds!: string[];
}

export class SubmitAttemptDto implements SubmitAttemptRequest {
  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(COURSE_LIMITS.questionsPerQuiz)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers!: AnswerDto[];
}

class CurriculumItemDto implements CurriculumItemRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'A kept step’s id' })
  @IsOptional()
  @IsUUID()
  id?: string;
  @ApiProperty({ enum: CURRICULUM_ITEM_KINDS }) @IsIn(CURRICULUM_ITEM_KINDS) kind!: CurriculumItemKind;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @ValidateIf((o: CurriculumItemDto) => o.kind === 'course')
  @IsUUID()
  courseId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A library resource' })
  @ValidateIf((o: CurriculumItemDto) => o.kind === 'resource')
  @IsUUID()
  resourceId?: string | null;
  @ApiPropertyOptional({ type: ShortText, nullable: true })
  @ValidateIf((o: CurriculumItemDto) => o.kind === 'task' || o.kind === 'mentor')
  @ValidateNested()
  @Type(() => ShortText)
  taskTitle!: ShortText | null;
  @ApiProperty({ minimum: 0, maximum: 730 }) @IsInt() @Min(0) @Max(730) dueOffsetDays!: number;
  @ApiProperty() @IsBoolean() required!: boolean;
}

export class CurriculumRequestDto implements CurriculumRequest {
  @ApiProperty({ type: ShortText }) @ValidateNested() @Type(() => ShortText) title!: ShortText;
  @ApiProperty() @IsBoolean() sequential!: boolean;
  @ApiProperty({ type: [CurriculumItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CurriculumItemDto)
  items!: CurriculumItemDto[];
}

export class AssignCurriculumDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;
  @ApiProperty({ format: 'uuid', description: 'The role profile whose curriculum to follow' })
  @IsUUID()
  roleProfileId!: string;
  @ApiProperty({ example: '2026-12-01' }) @IsIsoDate() startDate!: string;
}
