// Shapes of the petitions API: the server's schemas are the contract, imported as types only
// (erased at build time, so neither server code nor zod reaches the browser).
import type { z } from 'zod';
import type {
  Attention as AttentionSchema,
  PortalReceipt as PortalReceiptSchema,
} from '../../../src/modules/petitions/schema.ts';

export type {
  ActionInput,
  Assignee,
  AttachmentMeta,
  BatchAnswerInput,
  DenouncerIdentity,
  FileUpload,
  Outcome,
  Petition,
  PetitionAction,
  PetitionChannel,
  PetitionDetail,
  PetitionKind,
  PetitionReceipt,
  PetitionStatus,
  PortalSubmitInput,
  PublicPetition,
  ReceiveInput,
  Template,
  TemplateInput,
  Topic,
} from '../../../src/modules/petitions/schema.ts';

export type Attention = z.infer<typeof AttentionSchema>;
export type AttentionItem = Attention['overdue'][number];
export type PortalReceipt = z.infer<typeof PortalReceiptSchema>;

export type PetitionView = 'open' | 'overdue' | 'dueSoon' | 'unassigned' | 'mine' | 'repeated';
