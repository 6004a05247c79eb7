import { CORE_ENTITIES } from '@cadre/api/core';
import { IDENTITY_ENTITIES } from '@cadre/api/identity';

/** Every entity of every context: the schema that the migrations must produce. */
export const ENTITIES = [...CORE_ENTITIES, ...IDENTITY_ENTITIES];
