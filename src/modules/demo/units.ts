import type { CommuneInput } from '../units/schema.ts';
import type { UserInput } from '../users/schema.ts';

/**
 * The demo data set: a fictional province and three fictional communes. Every name here is
 * invented; every row is marked demo and the UI shows it as "Dữ liệu minh họa".
 */
export const demoPassword = 'danvan-demo';

export const demoProvince = { code: 'SH', name: 'Tỉnh Sơn Hà (minh họa)', demo: true };

export const demoCommunes: (CommuneInput & { villages: string[]; dossiersPerDay: number })[] = [
  {
    code: 'SH-TANPHU',
    dossiersPerDay: 6,
    name: 'Xã Tân Phú',
    provinceCode: 'SH',
    historicalDistrict: 'Huyện Hòa Lâm',
    areaHa: 2988.35,
    households: 2381,
    population: 8657,
    ethnicGroups: 3,
    minorityHouseholds: 214,
    demo: true,
    villages: [
      'Thôn Đông',
      'Thôn Đoài',
      'Thôn Trung',
      'Thôn Bắc Sơn',
      'Thôn Nam Hà',
      'Thôn Phú Mỹ',
      'Thôn Tân Lập',
      'Thôn Cầu Đá',
    ],
  },
  {
    code: 'SH-HOABINH',
    dossiersPerDay: 12,
    name: 'Phường Hòa Bình',
    provinceCode: 'SH',
    historicalDistrict: null,
    areaHa: 645.2,
    households: 6120,
    population: 21480,
    ethnicGroups: 2,
    minorityHouseholds: 38,
    demo: true,
    villages: [
      'Tổ dân phố 1',
      'Tổ dân phố 2',
      'Tổ dân phố 3',
      'Tổ dân phố 4',
      'Tổ dân phố 5',
      'Tổ dân phố 6',
      'Tổ dân phố Chợ',
      'Tổ dân phố Ga',
    ],
  },
  {
    code: 'SH-YENSON',
    dossiersPerDay: 3,
    name: 'Xã Yên Sơn',
    provinceCode: 'SH',
    historicalDistrict: null,
    areaHa: 5410.7,
    households: 1890,
    population: 7215,
    ethnicGroups: 5,
    minorityHouseholds: 1120,
    demo: true,
    villages: [
      'Bản Nà Lầu',
      'Bản Khe Ván',
      'Thôn Yên Thượng',
      'Thôn Yên Hạ',
      'Thôn Đồng Tâm',
      'Thôn Suối Mát',
    ],
  },
];

type Person = Omit<UserInput, 'password' | 'communeCode' | 'provinceCode' | 'demo'>;

/** Staff of each commune; usernames get the commune's suffix (e.g. `chutich.tanphu`). */
const communeStaff: Record<string, Person[]> = {
  'SH-TANPHU': [
    { username: 'chutich', fullName: 'Nguyễn Văn Hùng', position: 'Chủ tịch UBND xã', role: 'leader' },
    { username: 'phochutich', fullName: 'Trần Thị Lan', position: 'Phó Chủ tịch UBND xã', role: 'leader' },
    {
      username: 'motcua',
      fullName: 'Lê Thị Mai',
      position: 'Công chức Bộ phận Một cửa',
      role: 'officer',
      duties: ['onestop'],
    },
    {
      username: 'tuphap',
      fullName: 'Phạm Minh Tuấn',
      position: 'Công chức Tư pháp – hộ tịch',
      role: 'officer',
      duties: ['justice', 'onestop'],
    },
    {
      username: 'diachinh',
      fullName: 'Hoàng Văn Nam',
      position: 'Công chức Địa chính – xây dựng',
      role: 'officer',
      duties: ['land'],
    },
    {
      username: 'vanhoa',
      fullName: 'Đỗ Thị Hương',
      position: 'Công chức Văn hóa – xã hội',
      role: 'officer',
      duties: ['culture'],
    },
    {
      username: 'vanphong',
      fullName: 'Vũ Đức Thắng',
      position: 'Công chức Văn phòng – thống kê',
      role: 'officer',
      duties: ['office'],
    },
  ],
  'SH-HOABINH': [
    { username: 'chutich', fullName: 'Đặng Quốc Bảo', position: 'Chủ tịch UBND phường', role: 'leader' },
    {
      username: 'motcua',
      fullName: 'Bùi Thị Thu',
      position: 'Công chức Bộ phận Một cửa',
      role: 'officer',
      duties: ['onestop'],
    },
    {
      username: 'vanphong',
      fullName: 'Ngô Thanh Sơn',
      position: 'Công chức Văn phòng – thống kê',
      role: 'officer',
      duties: ['office'],
    },
  ],
  'SH-YENSON': [
    { username: 'chutich', fullName: 'Lò Văn Khánh', position: 'Chủ tịch UBND xã', role: 'leader' },
    {
      username: 'motcua',
      fullName: 'Hà Thị Xuân',
      position: 'Công chức Bộ phận Một cửa',
      role: 'officer',
      duties: ['onestop'],
    },
    {
      username: 'vanphong',
      fullName: 'Sầm Văn Đức',
      position: 'Công chức Văn phòng – thống kê',
      role: 'officer',
      duties: ['office'],
    },
  ],
};

export function demoUsers(): UserInput[] {
  const users: UserInput[] = [];
  for (const [communeCode, staff] of Object.entries(communeStaff)) {
    const suffix = communeCode.slice(3).toLowerCase();
    for (const p of staff) {
      users.push({
        ...p,
        username: `${p.username}.${suffix}`,
        password: demoPassword,
        communeCode,
        demo: true,
      });
    }
  }
  users.push(
    {
      username: 'tinh.sonha',
      fullName: 'Mai Thị Ngọc',
      position: 'Chuyên viên Sở Nội vụ',
      role: 'province',
      provinceCode: 'SH',
      password: demoPassword,
      demo: true,
    },
    { username: 'quantri', fullName: 'Quản trị hệ thống', role: 'admin', password: demoPassword, demo: true },
  );
  return users;
}

/** One login per role, printed at start-up. */
export const demoLogins = [
  { role: 'Cán bộ một cửa (officer)', username: 'motcua.tanphu' },
  { role: 'Chủ tịch UBND xã (leader)', username: 'chutich.tanphu' },
  { role: 'Chuyên viên tỉnh (province)', username: 'tinh.sonha' },
  { role: 'Quản trị (admin)', username: 'quantri' },
];
