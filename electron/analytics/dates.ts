// Calendar dates as whole days since 1970-01-01, by integer arithmetic: no Date object, no time
// zone, no daylight saving. Algorithms from Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Civil {
  year: number;
  month: number;
  day: number;
}

export function fromCivil({ year, month, day }: Civil): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1; // March-based year
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function toCivil(dayNumber: number): Civil {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** 'YYYY-MM-DD' → day number. The string is trusted (the date part of a validated occurredAt). */
export function dayNumber(date: string): number {
  return fromCivil({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });
}

/** 'YYYY-MM-DD' → day number, for dates from outside; throws on anything that is not a real date. */
export function parseDate(date: string): number {
  const m = DATE_ONLY.exec(date);
  const n = m ? dayNumber(date) : NaN;
  if (!m || formatDate(n) !== date) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return n;
}

export function formatDate(dayNumber: number): string {
  const { year, month, day } = toCivil(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function startOfWeek(dayNumber: number, weekStartsOn: 0 | 1): number {
  return dayNumber - ((weekday(dayNumber) - weekStartsOn + 7) % 7);
}

export function startOfMonth(dayNumber: number): number {
  return dayNumber - toCivil(dayNumber).day + 1;
}

export function startOfNextMonth(dayNumber: number): number {
  const { year, month } = toCivil(dayNumber);
  return month === 12 ? fromCivil({ year: year + 1, month: 1, day: 1 }) : fromCivil({ year, month: month + 1, day: 1 });
}
