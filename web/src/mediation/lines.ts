/** One name per line, blanks dropped: how parties and mediators are typed. */
export const toLines = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
