import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { PageQuery } from '@cadre/shared/contracts';
import { PageOffset } from './validators';

/**
 * The one paging query of every list endpoint (`limit`, `offset`), with the endpoint's own
 * largest and default page: `class EmployeeQueryDto extends PagedQuery(200, 50) { ... }`.
 * The defaults are the fields' initial values, so a validated query always carries a
 * `PageRequest` and no service repeats them.
 */
/** A page as services receive it: the validated query with its defaults applied. */
export interface PageRequest {
  limit: number;
  offset: number;
}

export function PagedQuery(maxLimit: number, defaultLimit: number) {
  class PagedQueryDto implements PageQuery, PageRequest {
    @ApiPropertyOptional({ default: defaultLimit, minimum: 1, maximum: maxLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxLimit)
    limit: number = defaultLimit;

    @PageOffset() offset = 0;
  }
  return PagedQueryDto;
}
