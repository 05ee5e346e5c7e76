// Shapes of the reception API (src/modules/reception/schema.ts is the contract), as types only.
export type {
  ReceptionKind,
  ScheduleEntry,
  ScheduleInput,
  Session,
  SessionInput,
} from '../../../src/modules/reception/schema.ts';
