import { z } from 'zod';

export const roles = ['officer', 'leader', 'province', 'admin'] as const;
export const duties = ['onestop', 'justice', 'land', 'culture', 'office'] as const;

/** Vietnamese names shown to users. */
export const roleLabels: Record<(typeof roles)[number], string> = {
  officer: 'Cán bộ, công chức',
  leader: 'Lãnh đạo UBND',
  province: 'Chuyên viên tỉnh',
  admin: 'Quản trị',
};
export const dutyLabels: Record<(typeof duties)[number], string> = {
  onestop: 'Một cửa',
  justice: 'Tư pháp – hộ tịch',
  land: 'Địa chính – xây dựng',
  culture: 'Văn hóa – xã hội',
  office: 'Văn phòng – thống kê',
};

export const password = z.string().min(8, 'Mật khẩu phải có ít nhất 8 ký tự').max(200);

export const UserInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3)
    .max(64)
    .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới'),
  password,
  fullName: z.string().trim().min(1).max(200),
  position: z.string().trim().max(200).nullish(),
  role: z.enum(roles),
  duties: z.array(z.enum(duties)).default([]),
  communeCode: z.string().trim().min(1).nullish(),
  provinceCode: z.string().trim().min(1).nullish(),
  demo: z.boolean().default(false),
});
export type UserInput = z.input<typeof UserInput>;

export const User = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  position: z.string().nullable().optional(),
  role: z.enum(roles),
  duties: z.array(z.string()),
  communeId: z.uuid().nullable(),
  provinceId: z.uuid().nullable(),
});
export type User = z.infer<typeof User>;

export const PasswordChangeInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});
export const LoginInput = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});
