// Shapes of the dialogues API (src/modules/dialogues/schema.ts is the contract), as types only.
export type {
  Conference,
  ConferenceInput,
  Opinion,
  OpinionInput,
  OpinionOutcome,
} from '../../../src/modules/dialogues/schema.ts';
