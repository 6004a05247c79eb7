import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { PageQuery } from '@cadre/shared/contracts';
import { PageOffset } from './validators';

/**
 * The one paging query of every list endpoint (`limit`, `offset`), with the endpoint's own
 * largest and default page: `class EmployeeQueryDto extends PagedQuery(200, 50) { ... }`.
 * The service applies the default; the DTO says it in the API documentation.
 */
export function PagedQuery(maxLimit: number, defaultLimit: number) {
  class PagedQueryDto implements PageQuery {
    @ApiPropertyOptional({ default: defaultLimit, minimum: 1, maximum: maxLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxLimit)
    limit?: number;

    @PageOffset() offset?: number;
  }
  return PagedQueryDto;
}
