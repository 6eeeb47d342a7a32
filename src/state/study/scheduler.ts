import { type Card, createEmptyCard, fsrs, Rating, State } from "ts-fsrs";

/** One card's review schedule as stored: the FSRS card with its dates as ISO strings. */
export interface StoredSchedule {
  /** When the card is due next (ISO date). */
  due: string;
  /** FSRS memory stability, days. */
  stability: number;
  /** FSRS difficulty, 1..10. */
  difficulty: number;
  /** Days between the last two reviews (kept for FSRS). */
  elapsed_days: number;
  /** Days until the next review when it was last scheduled. */
  scheduled_days: number;
  /** The learning step the card is on. */
  learning_steps: number;
  /** How often it was reviewed. */
  reps: number;
  /** How often it was forgotten after being learned. */
  lapses: number;
  /** 0 new, 1 learning, 2 review (learned), 3 relearning. */
  state: number;
  /** When it was last reviewed (ISO date), if ever. */
  last_review?: string;
}

/** A card of the study deck: its schedule and how it was answered. */
export interface StudyCardRecord {
  /** When to ask it again. */
  schedule: StoredSchedule;
  /** Answers given. */
  answered: number;
  /** Right answers among them. */
  correct: number;
}

/** The scheduler: FSRS with its default learning steps (a missed card comes back within minutes), no fuzz. */
const scheduler = fsrs({ enable_fuzz: false });

function toStored(card: Card): StoredSchedule {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}) };
}

function toCard(stored: StoredSchedule): Card {
  const { due, last_review, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) } as Card;
}

/** Records one answer: a right answer rates the card Good, a wrong one Again, and FSRS schedules the next review. */
export function reviewCard(record: StudyCardRecord | undefined, correct: boolean, now: Date): StudyCardRecord {
  const card = record ? toCard(record.schedule) : createEmptyCard(now);
  const next = scheduler.next(card, now, correct ? Rating.Good : Rating.Again);
  return {
    schedule: toStored(next.card),
    answered: (record?.answered ?? 0) + 1,
    correct: (record?.correct ?? 0) + (correct ? 1 : 0),
  };
}

/** True once a card has left the learning steps (FSRS review state). */
export function isLearned(record: StudyCardRecord): boolean {
  return record.schedule.state === State.Review;
}

/** When the card is due, milliseconds since the epoch. */
export function dueTime(record: StudyCardRecord): number {
  return Date.parse(record.schedule.due);
}
