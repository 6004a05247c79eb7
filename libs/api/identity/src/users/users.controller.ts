import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
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
  CreateUserDto,
  SetPasswordDto,
  UpdateUserDto,
  UserPageResponse,
  UserQueryDto,
  UserResponse,
} from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users:read')
  @ApiOkResponse({ type: UserPageResponse })
  search(@Query() query: UserQueryDto) {
    return this.users.search(query);
  }

  @Get(':id')
  @RequirePermission('users:read')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  get(@Param('id', UuidPipe) id: string) {
    return this.users.get(id);
  }

  @Post()
  @RequirePermission('users:manage')
  @ApiCreatedResponse({ type: UserResponse })
  @ApiConflictResponse({
    type: ApiErrorSchema,
    description: 'Email taken, or the employee already has an account',
  })
  create(@Body() body: CreateUserDto) {
    return this.users.create(body);
  }

  @Patch(':id')
  @RequirePermission('users:manage')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  @ApiConflictResponse({
    type: ApiErrorSchema,
    description: 'The change would leave no active administrator',
  })
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateUserDto,
  ) {
    return this.users.update(actor, id, body);
  }

  @Post(':id/password')
  @HttpCode(204)
  @RequirePermission('users:manage')
  @ApiNoContentResponse({ description: "Password set; the user's sessions end" })
  @ApiNotFoundResponse({ type: ApiErrorSchema })
  async setPassword(@Param('id', UuidPipe) id: string, @Body() body: SetPasswordDto) {
    await this.users.setPassword(id, body.password);
  }
}
