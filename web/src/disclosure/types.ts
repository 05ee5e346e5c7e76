// The API's shapes (src/modules/disclosure/schema.ts), imported as types only.
import type { z } from 'zod';
import type {
  Category as CategorySchema,
  Checklist as ChecklistSchema,
  PublicDisclosure as PublicDisclosureSchema,
} from '../../../src/modules/disclosure/schema.ts';

export type { DisclosureInput, DisclosureItem } from '../../../src/modules/disclosure/schema.ts';
export type Category = z.infer<typeof CategorySchema>;
export type Checklist = z.infer<typeof ChecklistSchema>;
export type PublicDisclosure = z.infer<typeof PublicDisclosureSchema>;
