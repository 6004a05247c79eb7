import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
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
import { LibrarySearchQueryDto, ResourceRequestDto } from '../dto/library.dto';
import { LibraryService } from './library.service';

@ApiTags('learning')
@ApiNotFoundResponse({ type: ApiErrorSchema })
@Controller('learning/library')
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  @Get()
  @RequirePermission('learning:learn')
  @ApiOkResponse({
    description:
      'Resources, newest first, matching words in either language and the tags (view counts for HR)',
  })
  search(@CurrentPrincipal() p: Principal, @Query() query: LibrarySearchQueryDto) {
    return this.library.search(p, query);
  }

  @Post()
  @RequirePermission('learning:manage')
  @ApiCreatedResponse({ description: 'The resource, its first version' })
  @ApiBadRequestResponse({ type: ApiErrorSchema, description: 'link_or_file, unit_kind, no_such_record' })
  create(@CurrentPrincipal() p: Principal, @Body() body: ResourceRequestDto) {
    return this.library.create(p, body);
  }

  @Get(':id')
  @RequirePermission('learning:learn')
  @ApiOkResponse({ description: 'The resource with every version, newest first' })
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.library.get(p, id);
  }

  @Post(':id/versions')
  @RequirePermission('learning:manage')
  @ApiCreatedResponse({ description: 'The resource with its new version first; the older ones are kept' })
  addVersion(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: ResourceRequestDto,
  ) {
    return this.library.addVersion(p, id, body);
  }

  @Post(':id/open')
  @HttpCode(200)
  @RequirePermission('learning:learn')
  @ApiOkResponse({ description: 'The open counted; where it leads (the file or the link)' })
  open(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.library.open(p, id);
  }
}
