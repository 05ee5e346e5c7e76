// The register's API shapes (src/modules/documents/schema.ts), imported as types only.
export type {
  Document,
  DocumentDetail,
  DocumentQuery,
  RegisterInput,
} from '../../../src/modules/documents/schema.ts';

export interface DocumentType {
  code: string;
  label: string;
}

export interface FileUpload {
  fileName: string;
  contentBase64: string;
}
