import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { ApiErrorSchema } from '../errors/api-error.schema';
import { AuditService } from './audit.service';
import { AuditPageResponse, AuditQueryDto } from './dto/audit.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit:read')
  @ApiOkResponse({ type: AuditPageResponse, description: 'Newest first' })
  @ApiBadRequestResponse({ type: ApiErrorSchema })
  search(@Query() query: AuditQueryDto) {
    return this.audit.search(query);
  }
}
