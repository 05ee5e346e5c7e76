import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const categories = ['cadre', 'civilServant', 'partTime'] as const;
export const degrees = ['postgraduate', 'university', 'college', 'intermediate', 'none'] as const;
export const theoryLevels = ['advanced', 'intermediate', 'elementary', 'none'] as const;
export const managementGrades = ['seniorSpecialist', 'principalSpecialist', 'specialist', 'none'] as const;
export const ratings = ['excellent', 'good', 'satisfactory', 'unsatisfactory'] as const;
export type Degree = (typeof degrees)[number];
export type Rating = (typeof ratings)[number];

export const categoryLabels: Record<(typeof categories)[number], string> = {
  cadre: 'Cán bộ',
  civilServant: 'Công chức',
  partTime: 'Người hoạt động không chuyên trách',
};
export const degreeLabels: Record<Degree, string> = {
  postgraduate: 'Sau đại học',
  university: 'Đại học',
  college: 'Cao đẳng',
  intermediate: 'Trung cấp',
  none: 'Chưa qua đào tạo chuyên môn',
};
export const theoryLabels: Record<(typeof theoryLevels)[number], string> = {
  advanced: 'Cao cấp',
  intermediate: 'Trung cấp',
  elementary: 'Sơ cấp',
  none: 'Chưa qua đào tạo',
};
export const managementLabels: Record<(typeof managementGrades)[number], string> = {
  seniorSpecialist: 'Chuyên viên cao cấp',
  principalSpecialist: 'Chuyên viên chính',
  specialist: 'Chuyên viên',
  none: 'Chưa qua bồi dưỡng',
};
export const ratingLabels: Record<Rating | 'notRated', string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  satisfactory: 'Hoàn thành nhiệm vụ',
  unsatisfactory: 'Không hoàn thành nhiệm vụ',
  notRated: 'Chưa đánh giá',
};

export const OfficialInput = z.object({
  fullName: text(200),
  birthYear: z.number().int().min(1930).max(2020).nullish(),
  gender: z.enum(['male', 'female']).nullish(),
  category: z.enum(categories),
  position: text(200),
  duties: z.string().trim().max(2000).default(''),
  degree: z.enum(degrees),
  major: optionalText(200),
  politicalTheory: z.enum(theoryLevels),
  stateManagement: z.enum(managementGrades),
  joinedOn: z.iso.date().nullish(),
  leftOn: z.iso.date().nullish(),
});
export type OfficialInput = z.input<typeof OfficialInput>;
export const OfficialPatch = OfficialInput.partial();

export const RatingInput = z.object({ year: z.number().int().min(2000).max(2100), rating: z.enum(ratings) });
export const TrainingInput = z.object({
  title: text(300),
  provider: z.string().trim().max(200).default(''),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullish(),
  certificate: optionalText(200),
});

export const Official = z.object({
  id: z.uuid(),
  fullName: z.string(),
  birthYear: z.number().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  category: z.enum(categories),
  categoryLabel: z.string(),
  position: z.string(),
  duties: z.string(),
  degree: z.enum(degrees),
  degreeLabel: z.string(),
  major: z.string().nullable(),
  politicalTheory: z.enum(theoryLevels),
  stateManagement: z.enum(managementGrades),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  ratings: z.array(z.object({ year: z.number(), rating: z.enum(ratings), label: z.string() })),
  trainings: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      provider: z.string(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      certificate: z.string().nullable(),
    }),
  ),
});
export type Official = z.infer<typeof Official>;

const Row = z.object({ key: z.string(), label: z.string(), count: z.number(), percent: z.string() });
/** The report's staff table: counts and shares ("98,8%") that add up to the total. */
export const StaffTable = z.object({
  date: z.string(),
  year: z.number(),
  total: z.number(),
  byCategory: z.array(Row),
  byDegree: z.array(Row),
  byPoliticalTheory: z.array(Row),
  byStateManagement: z.array(Row),
  byRating: z.array(Row),
});
export type StaffTable = z.infer<typeof StaffTable>;
