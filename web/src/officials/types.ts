// Shapes of the officials API (src/modules/officials/schema.ts is the contract).

export type Category = 'cadre' | 'civilServant' | 'partTime';
export type Degree = 'postgraduate' | 'university' | 'college' | 'intermediate' | 'none';
export type TheoryLevel = 'advanced' | 'intermediate' | 'elementary' | 'none';
export type ManagementGrade = 'seniorSpecialist' | 'principalSpecialist' | 'specialist' | 'none';
export type Rating = 'excellent' | 'good' | 'satisfactory' | 'unsatisfactory';
export type Gender = 'male' | 'female';

export interface Training {
  id: string;
  title: string;
  provider: string;
  startsOn: string;
  endsOn: string | null;
  certificate: string | null;
}

export interface Official {
  id: string;
  fullName: string;
  birthYear: number | null;
  gender: Gender | null;
  category: Category;
  categoryLabel: string;
  position: string;
  duties: string;
  degree: Degree;
  degreeLabel: string;
  major: string | null;
  politicalTheory: TheoryLevel;
  stateManagement: ManagementGrade;
  joinedOn: string | null;
  leftOn: string | null;
  ratings: { year: number; rating: Rating; label: string }[];
  trainings: Training[];
}

export interface OfficialInput {
  fullName: string;
  birthYear: number | null;
  gender: Gender | null;
  category: Category;
  position: string;
  duties: string;
  degree: Degree;
  major: string | null;
  politicalTheory: TheoryLevel;
  stateManagement: ManagementGrade;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface TrainingInput {
  title: string;
  provider: string;
  startsOn: string;
  endsOn: string | null;
  certificate: string | null;
}

export interface StaffRow {
  key: string;
  label: string;
  count: number;
  percent: string;
}

export interface StaffTable {
  date: string;
  year: number;
  total: number;
  byCategory: StaffRow[];
  byDegree: StaffRow[];
  byPoliticalTheory: StaffRow[];
  byStateManagement: StaffRow[];
  byRating: StaffRow[];
}
