import { z } from 'zod';

// Zod's own messages in Vietnamese, for every schema (API, forms, import).
z.config(z.locales.vi());
