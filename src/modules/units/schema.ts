import { z } from 'zod';

const code = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, 'Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới');
const name = z.string().trim().min(1).max(200);
const count = z.number().int().min(0).max(10_000_000);

export const ProvinceInput = z.object({ code, name, demo: z.boolean().default(false) });
export type ProvinceInput = z.infer<typeof ProvinceInput>;

export const CommuneInput = z.object({
  code,
  name,
  provinceCode: code,
  historicalDistrict: name.nullish(),
  areaHa: z.number().min(0).max(10_000_000).nullish(),
  households: count.nullish(),
  population: count.nullish(),
  ethnicGroups: count.nullish(),
  minorityHouseholds: count.nullish(),
  demo: z.boolean().default(false),
});
export type CommuneInput = z.infer<typeof CommuneInput>;

export const VillageInput = z.object({ name });
export type VillageInput = z.infer<typeof VillageInput>;

export const Commune = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  provinceId: z.uuid(),
  provinceCode: z.string(),
  provinceName: z.string(),
  districtName: z.string().nullable(),
  demo: z.boolean(),
});
export type Commune = z.infer<typeof Commune>;

export const Village = z.object({ id: z.uuid(), name: z.string() });
export type Village = z.infer<typeof Village>;

export const CommuneDetail = Commune.extend({
  areaHa: z.number().nullable(),
  households: z.number().nullable(),
  population: z.number().nullable(),
  ethnicGroups: z.number().nullable(),
  minorityHouseholds: z.number().nullable(),
  villages: z.array(Village),
});
export type CommuneDetail = z.infer<typeof CommuneDetail>;

export const Province = z.object({ id: z.uuid(), code: z.string(), name: z.string(), demo: z.boolean() });
export type Province = z.infer<typeof Province>;

/** What the citizen portal may show about a commune. */
export const PublicCommune = z.object({
  code: z.string(),
  name: z.string(),
  provinceName: z.string(),
  districtName: z.string().nullable(),
  demo: z.boolean(),
});
export const PublicCommuneDetail = PublicCommune.extend({
  villages: z.array(z.object({ name: z.string() })),
});
