import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorSchema, CurrentPrincipal, RequirePermission, type Principal } from '@cadre/api/core';
import { MyProfileResponse, UpdatePreferencesDto } from './dto/me.dto';
import { MeService } from './me.service';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @RequirePermission('self-service')
  @ApiOkResponse({
    type: MyProfileResponse,
    description: 'My account, employee record, manager and place in the organisation',
  })
  profile(@CurrentPrincipal() principal: Principal) {
    return this.me.profile(principal);
  }

  @Patch('preferences')
  @RequirePermission('self-service')
  @ApiOkResponse({ type: MyProfileResponse })
  @ApiBadRequestResponse({ type: ApiErrorSchema })
  updatePreferences(@CurrentPrincipal() principal: Principal, @Body() body: UpdatePreferencesDto) {
    return this.me.updatePreferences(principal, body);
  }
}
