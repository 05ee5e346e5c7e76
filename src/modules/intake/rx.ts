// JavaScript's \b only knows ASCII letters, so "hộ\b" would never match; rx() turns a trailing \b
// into "no letter or digit follows", and makes every pattern case-insensitive and Unicode-aware.
// Under the i flag \p{Lu} matches any letter, so capitalisation tests use rxCased.
export function rx(source: string): RegExp {
  return new RegExp(source.replaceAll('\\b', '(?![\\p{L}\\p{N}])'), 'iu');
}

export function rxCased(source: string): RegExp {
  return new RegExp(source, 'u');
}
