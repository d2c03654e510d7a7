// What each REST route answers: the contract's map (shared/api/responses.ts), re-exported for the
// client, plus the name pages use for GET /api/me.
import type { MeResponse } from '../../../shared/api';

export type { ApiResponses, SetupStatus } from '../../../shared/api';
export type Me = MeResponse;
