// Shapes of the server's JSON answers (see the API contract in the web README).

export type Role = 'officer' | 'leader' | 'province' | 'admin';
export type Duty = 'onestop' | 'justice' | 'land' | 'culture' | 'office';

export interface User {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  duties: Duty[];
  communeId: string | null;
  provinceId: string | null;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface CommuneSummary {
  id: string;
  code: string;
  name: string;
  provinceId: string;
  provinceCode: string;
  provinceName: string;
  districtName: string | null;
  demo: boolean;
}

export interface Village {
  id: string;
  name: string;
}

export interface Commune extends CommuneSummary {
  villages: Village[];
}

export interface Stats {
  commune: { id: string; code: string; name: string };
  from: string;
  to: string;
  indicators: Record<string, number>;
  labels: Record<string, string>;
}

export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditEntry {
  id: number | string;
  at: string;
  actor: { id: string; username: string; fullName: string } | null;
  communeId: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export interface AuditFilter {
  communeId?: string;
  entity?: string;
  action?: AuditAction;
  actorId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface PublicCommuneSummary {
  code: string;
  name: string;
  provinceName: string;
  districtName: string | null;
  demo: boolean;
}

export interface PublicCommune extends PublicCommuneSummary {
  villages: { name: string }[];
}
