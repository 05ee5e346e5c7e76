import { democracyIndicators } from '../disclosure/democracy.ts';
import { onestopIndicators } from '../onestop/indicators.ts';
import { civicIndicators } from '../reception/civic.ts';
import type { IndicatorProvider } from './indicators.ts';
import { profileIndicators } from './profile.ts';

/** Every module's indicators; a module that lands adds its provider here. */
export const providers: IndicatorProvider[] = [
  profileIndicators,
  onestopIndicators,
  civicIndicators,
  democracyIndicators,
];
