/**
 * `format:` of a column: a strftime pattern as Python's strptime reads it (what Great Expectations'
 * expect_column_values_to_match_strftime_format uses). Supported directives: %Y %y %m %d %H %I %M %S %f %p %b %B
 * %a %A %j %z %Z %%; any other character matches itself. Numeric fields take one or two digits as strptime does
 * (%Y four, %f one to six, %j one to three), and the date must exist (no 31 April, no 29 February 2023).
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const DIRECTIVES: Record<string, { pattern: string; field?: 'year' | 'year2' | 'month' | 'monthName' | 'day' }> = {
  Y: { pattern: '(\\d{4})', field: 'year' },
  y: { pattern: '(\\d{2})', field: 'year2' },
  m: { pattern: '(1[0-2]|0?[1-9])', field: 'month' },
  d: { pattern: '(3[01]|[12]\\d|0?[1-9])', field: 'day' },
  H: { pattern: '(?:2[0-3]|[01]?\\d)' },
  I: { pattern: '(?:1[0-2]|0?[1-9])' },
  M: { pattern: '(?:[0-5]?\\d)' },
  S: { pattern: '(?:6[01]|[0-5]?\\d)' },
  f: { pattern: '(?:\\d{1,6})' },
  p: { pattern: '(?:[AaPp][Mm])' },
  b: { pattern: `(${MONTHS.map((m) => m.slice(0, 3)).join('|')})`, field: 'monthName' },
  B: { pattern: `(${MONTHS.join('|')})`, field: 'monthName' },
  a: { pattern: `(?:${DAYS.map((d) => d.slice(0, 3)).join('|')})` },
  A: { pattern: `(?:${DAYS.join('|')})` },
  j: { pattern: '(?:36[0-6]|3[0-5]\\d|[12]\\d\\d|0?[1-9]\\d|0{0,2}[1-9])' },
  z: { pattern: '(?:Z|[+-]\\d{2}:?\\d{2}(?::?\\d{2})?)' },
  Z: { pattern: '(?:[A-Za-z]{1,5})?' },
  '%': { pattern: '%' },
};

/** Throws an Error naming the directive when the pattern uses one that is not supported. */
export function compileDateFormat(format: string): (text: string) => boolean {
  let source = '';
  const fields: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const char = format[i] as string;
    if (char !== '%') {
      source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      continue;
    }
    const code = format[++i];
    const directive = code === undefined ? undefined : DIRECTIVES[code];
    if (directive === undefined) throw new Error(`unsupported directive %${code ?? ''} (supported: ${Object.keys(DIRECTIVES).map((d) => `%${d}`).join(' ')})`);
    source += directive.pattern;
    if (directive.field !== undefined) fields.push(directive.field);
  }
  const pattern = new RegExp(`^${source}$`, 'i');
  return (text: string) => {
    const match = pattern.exec(text);
    if (match === null) return false;
    let year = 2000;
    let month = 1;
    let day = 1;
    fields.forEach((field, i) => {
      const value = match[i + 1] as string;
      if (field === 'year') year = Number(value);
      else if (field === 'year2') year = Number(value) + (Number(value) < 69 ? 2000 : 1900);
      else if (field === 'month') month = Number(value);
      else if (field === 'monthName') month = MONTHS.findIndex((name) => name.startsWith(value.toLowerCase().slice(0, 3))) + 1;
      else day = Number(value);
    });
    if (!fields.includes('day')) return true;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const limit = month === 2 ? (leap || !fields.some((f) => f === 'year' || f === 'year2') ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    return day <= limit;
  };
}
