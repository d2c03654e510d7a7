// P5 (issue 6): the scheduling module's cost. (a) one year of a weekly series, expanded for 1,000
// series in many zones (what a busy server's "upcoming" and calendar feeds do); (b) findCommonSlots
// for 50 people in several zones over 14 days at 30-minute steps. Pure CPU: each figure is the
// median and p99 of repeated runs, after a warm-up.
import { performance } from 'node:perf_hooks';
import { expandSeries, findCommonSlots, isScheduleError, type Availability, type Series, type Weekday } from '../../shared/schedule';

const ZONES = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Australia/Sydney', 'America/Santiago', 'Europe/Berlin', 'Asia/Tokyo'];

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeRuns(runs: number, work: () => void): { p50Ms: number; p99Ms: number; runs: number } {
  work(); // warm-up: JIT and luxon's zone caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: +pct(times, 50).toFixed(2), p99Ms: +pct(times, 99).toFixed(2), runs };
}

function thousandSeries(): Series[] {
  return Array.from({ length: 1000 }, (_, i) => {
    const day = 1 + (i % 7);
    const hour = String(6 + (i % 15)).padStart(2, '0');
    return {
      zone: ZONES[i % ZONES.length]!,
      // 2027-03-01 is a Monday: day d of that week has ISO weekday d.
      start: `2027-03-0${day}T${hour}:${i % 2 ? '30' : '00'}`,
      durationMinutes: 90,
      repeat: { freq: 'weekly', weekdays: [day as Weekday] },
      cancelled: [`2027-06-0${day}T${hour}:${i % 2 ? '30' : '00'}`],
    };
  });
}

function fiftyPeople(): Availability[] {
  return Array.from({ length: 50 }, (_, i) => ({
    zone: ZONES[i % ZONES.length]!,
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as Weekday, from: `${String(8 + (i % 10)).padStart(2, '0')}:00`, to: `${String(18 + (i % 5)).padStart(2, '0')}:30` })).concat([{ weekday: 6, from: '20:00', to: '02:00' }]),
  }));
}

export async function runP5() {
  const series = thousandSeries();
  const year = { from: '2027-03-01T00:00:00Z', to: '2028-03-01T00:00:00Z' };
  let occurrences = 0;
  const expand = timeRuns(20, () => {
    occurrences = 0;
    for (const s of series) {
      const out = expandSeries(s, year);
      if (isScheduleError(out)) throw new Error(`P5: ${out.error.message}`);
      occurrences += out.length;
    }
  });

  const people = fiftyPeople();
  const window = { durationMinutes: 60, from: '2027-03-22T00:00:00Z', to: '2027-04-05T00:00:00Z' }; // crosses EU and southern DST changes
  let slots = 0;
  let best = 0;
  const common = timeRuns(20, () => {
    const out = findCommonSlots(people, window);
    if (isScheduleError(out)) throw new Error(`P5: ${out.error.message}`);
    slots = out.length;
    best = out[0]?.attendees.length ?? 0;
  });
  return {
    expandYearOf1000Weekly: { ...expand, occurrences },
    findCommonSlots50People14Days: { ...common, candidates: (14 * 24 * 60) / 30, slotsReturned: slots, bestAttendees: best },
  };
}
