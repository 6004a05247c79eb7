import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { NotificationsService } from './notifications.service';

class MarkReadDto {
  @ApiPropertyOptional({ type: [String], description: 'Omitted: every notification of the caller' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @RequirePermission('self-service')
  @ApiOkResponse({ description: "The caller's newest notifications and how many are unread" })
  inbox(@CurrentPrincipal() p: Principal) {
    return this.notifications.inbox(p);
  }

  @Post('read')
  @HttpCode(204)
  @RequirePermission('self-service')
  @ApiNoContentResponse({ description: 'Marked read' })
  async markRead(@CurrentPrincipal() p: Principal, @Body() body: MarkReadDto): Promise<void> {
    await this.notifications.markRead(p, body.ids);
  }
}
