import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
  CompletionQueryDto,
  ReviewActionDto,
  ReviewQueryDto,
  StartReviewDto,
  UpdateReviewDto,
} from '../dto/reviews.dto';
import { ReviewsService } from './reviews.service';

@ApiTags('performance')
@ApiForbiddenResponse({ type: ApiErrorSchema })
@ApiNotFoundResponse({ type: ApiErrorSchema })
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller('performance/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'Reviews of the people the caller may see (their own once shared)' })
  list(@CurrentPrincipal() p: Principal, @Query() query: ReviewQueryDto) {
    return this.reviews.list(p, query);
  }

  @Get('completion')
  @RequirePermission('performance:set-targets')
  @ApiOkResponse({ description: 'Per unit: people, reviews started, shared and acknowledged for a period' })
  completion(@CurrentPrincipal() p: Principal, @Query() query: CompletionQueryDto) {
    return this.reviews.completion(p, query.periodId);
  }

  @Post()
  @RequirePermission('performance:set-targets')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The review of this person and closed period, begun or as it stands' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  start(@CurrentPrincipal() p: Principal, @Body() body: StartReviewDto) {
    return this.reviews.start(p, body);
  }

  @Get(':id')
  @RequirePermission('performance:read')
  @ApiOkResponse({ description: 'One review with its figures, actions and earlier open actions' })
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.reviews.get(p, id);
  }

  @Patch(':id')
  @RequirePermission('performance:set-targets')
  @ApiOkResponse({ description: 'The review, with what worked and what did not' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  update(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() body: UpdateReviewDto) {
    return this.reviews.update(p, id, body);
  }

  @Post(':id/actions')
  @RequirePermission('performance:set-targets')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The review with the agreed action added' })
  addAction(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: ReviewActionDto,
  ) {
    return this.reviews.addAction(p, id, body);
  }

  @Post(':id/actions/:actionId/done')
  @RequirePermission('performance:read')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The review with the action marked done' })
  completeAction(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('actionId', UuidPipe) actionId: string,
  ) {
    return this.reviews.completeAction(p, id, actionId);
  }

  @Post(':id/share')
  @RequirePermission('performance:set-targets')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The review, shared with the person' })
  @ApiConflictResponse({ type: ApiErrorSchema })
  share(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.reviews.share(p, id);
  }

  @Post(':id/acknowledge')
  @RequirePermission('performance:read')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The review, acknowledged by the person reviewed' })
  acknowledge(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.reviews.acknowledge(p, id);
  }
}
