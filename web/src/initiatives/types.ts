// Shapes of the initiatives API (src/modules/initiatives/schema.ts is the contract).

export type Field = 'economy' | 'cultureSociety' | 'defenceSecurity' | 'politicalSystem';
export type Organisation =
  | 'committee'
  | 'fatherlandFront'
  | 'womensUnion'
  | 'youthUnion'
  | 'farmersUnion'
  | 'veteransAssociation'
  | 'police'
  | 'military'
  | 'other';
export type CommendationLevel = 'commune' | 'district' | 'province' | 'national';

export interface Figure {
  label: string;
  value: number;
  unit: string;
}

export interface Initiative {
  id: string;
  name: string;
  field: Field;
  fieldLabel: string;
  organisation: Organisation;
  organisationLabel: string;
  villageId: string | null;
  villageName: string | null;
  startedOn: string;
  endedOn: string | null;
  description: string;
  results: string;
  figures: Figure[];
  replicatedFrom: { id: string | null; name: string } | null;
  registeredYears: number[];
  commendations: {
    id: string;
    level: CommendationLevel;
    levelLabel: string;
    title: string;
    issuer: string;
    awardedOn: string;
    reference: string | null;
  }[];
  photos: { id: string; fileName: string; mediaType: string; sizeBytes: number; caption: string | null }[];
}

export interface InitiativeInput {
  name: string;
  field: Field;
  organisation: Organisation;
  organisationName: string | null;
  villageId: string | null;
  startedOn: string;
  endedOn: string | null;
  description: string;
  results: string;
  figures: Figure[];
  replicatedFromId: string | null;
  replicatedFromText: string | null;
}

export interface CommendationInput {
  level: CommendationLevel;
  title: string;
  issuer: string;
  awardedOn: string;
  reference: string | null;
}

export interface InitiativeQuery {
  q?: string;
  field?: Field;
  year?: number;
}
