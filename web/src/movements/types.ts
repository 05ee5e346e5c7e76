// Shapes of the movements and communication API (src/modules/initiatives/schema.ts is the contract).

export interface Movement {
  id: string;
  name: string;
  plan: { id: string; reference: string; citation: string } | null;
  startsOn: string;
  endsOn: string | null;
  description: string;
}

export interface MovementInput {
  name: string;
  planDocumentId: string | null;
  startsOn: string;
  endsOn: string | null;
  description: string;
}

export type CommunicationKind = 'broadcast' | 'banner' | 'conference' | 'webPost' | 'contest';

export interface CommunicationEntry {
  id: string;
  kind: CommunicationKind;
  kindLabel: string;
  date: string;
  title: string;
  quantity: number;
  participants: number | null;
  entries: number | null;
  movementId: string | null;
  note: string | null;
}

export type CommunicationInput = Omit<CommunicationEntry, 'id' | 'kindLabel'>;
