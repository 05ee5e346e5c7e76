import { type CSSVariablesResolver, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white button text and links above the WCAG AA contrast of 4.5:1 (shade 6 is 4.3).
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'sm',
  // System fonts render Vietnamese diacritics well on Windows, Android and iOS without a web font.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
});

/** Mantine's default "dimmed" grey is 3.3:1 on white; gray.7 reads well on the old office screens. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
