// The API's own shapes (src/modules/disclosure/schema.ts), imported as types only: nothing of the
// server reaches the bundle, and a renamed field fails the web build.
import type { z } from 'zod';
import type {
  ConsultationRule as ConsultationRuleSchema,
  Draft as DraftSchema,
  Opinion as OpinionSchema,
  Response as ResponseSchema,
} from '../../../src/modules/disclosure/schema.ts';

export type {
  CommentInput,
  ConsultationStatus,
  Decision,
  DraftDetail,
  DraftInput,
  MeetingInput,
  OpinionInput,
  PublicDraft,
  ResponseInput,
} from '../../../src/modules/disclosure/schema.ts';

export type Draft = z.infer<typeof DraftSchema>;
export type PublicDraftSummary = Omit<Draft, 'actions'>;
export type Opinion = z.infer<typeof OpinionSchema>;
export type DraftResponse = z.infer<typeof ResponseSchema>;
export type ConsultationRule = z.infer<typeof ConsultationRuleSchema>;
