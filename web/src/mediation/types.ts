// Shapes of the mediation API (src/modules/mediation/schema.ts is the contract), as types only.
export type { CaseInput, MediationCase, MediationResult } from '../../../src/modules/mediation/schema.ts';
