import { addDays, isoDate } from '../clock';

/**
 * Demo data is written relative to the day the store is seeded (shared/design.md),
 * so that `npm start` on any date tells the same story: contracts still valid,
 * one licence to renew, recent downloads, one partner per tile status. Seeds
 * give every date as a number of days from that day; fixed dates would drift
 * into "expired everywhere" as the calendar moves on.
 *
 * Days count from midnight UTC of the seeding day, so date columns and
 * midnight instants stay on midnight and times of day are written as such.
 * The tests seed at 2026-06-15T09:00Z (test/harness/stack.ts): the dates the
 * seeds name in comments are those of that day.
 */
export interface SeedCalendar {
  /** The seeding day's year (e.g. a membership year). */
  readonly year: number;
  /** Midnight UTC, `offset` days from the seeding day (negative: before it). */
  day(offset: number): Date;
  /** The same day as `YYYY-MM-DD`, for date columns. */
  date(offset: number): string;
  /** `hh:mm` UTC on the day `offset` days from the seeding day. */
  at(offset: number, time: `${number}:${number}`): Date;
}

/** The calendar of a seed run at `now` (the seed's `deps.clock.now()`). */
export function seedCalendar(now: Date): SeedCalendar {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const day = (offset: number): Date => addDays(midnight, offset);
  return {
    year: midnight.getUTCFullYear(),
    day,
    date: (offset) => isoDate(day(offset)),
    at(offset, time) {
      const [hours, minutes] = time.split(':').map(Number);
      return new Date(day(offset).getTime() + (hours * 60 + minutes) * 60_000);
    },
  };
}
