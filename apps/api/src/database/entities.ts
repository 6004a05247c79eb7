import { CAREERS_ENTITIES } from '@cadre/api/careers';
import { COMPENSATION_ENTITIES } from '@cadre/api/compensation';
import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES } from '@cadre/api/identity';
import { LEARNING_ENTITIES } from '@cadre/api/learning';
import { MENTORSHIP_ENTITIES } from '@cadre/api/mentorship';
import { PERFORMANCE_ENTITIES } from '@cadre/api/performance';
import { RECRUITMENT_ENTITIES } from '@cadre/api/recruitment';
import { TALENT_ENTITIES } from '@cadre/api/talent';

/** Every entity of every context: the schema that the migrations must produce. */
export const ENTITIES = [
  ...CORE_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...TALENT_ENTITIES,
  ...LEARNING_ENTITIES,
  ...RECRUITMENT_ENTITIES,
  ...MENTORSHIP_ENTITIES,
  ...PERFORMANCE_ENTITIES,
  ...COMPENSATION_ENTITIES,
  ...CAREERS_ENTITIES,
];
