import { formatDate, parseDate } from '../lib/format.ts';
import { form as m } from './messages.ts';
import type {
  Category,
  Degree,
  Gender,
  ManagementGrade,
  Official,
  OfficialInput,
  TheoryLevel,
} from './types.ts';

export interface OfficialValues {
  fullName: string;
  birthYear: string;
  gender: Gender | '';
  category: Category;
  position: string;
  duties: string;
  degree: Degree;
  major: string;
  politicalTheory: TheoryLevel;
  stateManagement: ManagementGrade;
  joinedOn: string;
  leftOn: string;
}

export type OfficialErrors = Partial<Record<keyof OfficialValues, string>>;

export function initialValues(o: Official | null): OfficialValues {
  return {
    fullName: o?.fullName ?? '',
    birthYear: o?.birthYear ? String(o.birthYear) : '',
    gender: o?.gender ?? '',
    category: o?.category ?? 'civilServant',
    position: o?.position ?? '',
    duties: o?.duties ?? '',
    degree: o?.degree ?? 'university',
    major: o?.major ?? '',
    politicalTheory: o?.politicalTheory ?? 'none',
    stateManagement: o?.stateManagement ?? 'none',
    joinedOn: o?.joinedOn ? formatDate(o.joinedOn) : '',
    leftOn: o?.leftOn ? formatDate(o.leftOn) : '',
  };
}

/** An optional dd/mm/yyyy field: null when empty, undefined when unreadable. */
function optionalDate(text: string): string | null | undefined {
  return text.trim() ? (parseDate(text) ?? undefined) : null;
}

/** Checks the form and turns it into the API's input; errors by field otherwise. */
export function readOfficialForm(v: OfficialValues): { input?: OfficialInput; errors: OfficialErrors } {
  const errors: OfficialErrors = {};
  if (!v.fullName.trim()) errors.fullName = m.required;
  if (!v.position.trim()) errors.position = m.required;
  const birthYear = v.birthYear.trim() ? Number(v.birthYear.trim()) : null;
  if (birthYear !== null && !(Number.isInteger(birthYear) && birthYear >= 1930 && birthYear <= 2020))
    errors.birthYear = m.yearInvalid;
  const joinedOn = optionalDate(v.joinedOn);
  const leftOn = optionalDate(v.leftOn);
  if (joinedOn === undefined) errors.joinedOn = m.dateInvalid;
  if (leftOn === undefined) errors.leftOn = m.dateInvalid;
  else if (leftOn && joinedOn && leftOn < joinedOn) errors.leftOn = m.leftBeforeJoined;
  if (Object.keys(errors).length > 0 || joinedOn === undefined || leftOn === undefined) return { errors };
  return {
    errors,
    input: {
      fullName: v.fullName.trim(),
      birthYear,
      gender: v.gender || null,
      category: v.category,
      position: v.position.trim(),
      duties: v.duties.trim(),
      degree: v.degree,
      major: v.major.trim() || null,
      politicalTheory: v.politicalTheory,
      stateManagement: v.stateManagement,
      joinedOn,
      leftOn,
    },
  };
}
