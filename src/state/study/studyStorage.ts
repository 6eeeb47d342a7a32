import { z } from "zod";
import type { StudyCardRecord } from "./scheduler";

/** The localStorage key of the study deck; the version in it changes when the stored shape does. */
export const STUDY_KEY = "trigger-point-explorer/study/v1";

const isoDate = z.string().refine((text) => !Number.isNaN(Date.parse(text)), "not a date");
const count = z.number().int().nonnegative();

const recordSchema = z
  .strictObject({
    schedule: z.strictObject({
      due: isoDate,
      stability: z.number().nonnegative(),
      difficulty: z.number().nonnegative(),
      elapsed_days: z.number().nonnegative(),
      scheduled_days: z.number().nonnegative(),
      learning_steps: count,
      reps: count,
      lapses: count,
      state: z.number().int().min(0).max(3),
      last_review: isoDate.optional(),
    }),
    answered: count,
    correct: count,
  })
  .refine((r) => r.correct <= r.answered, "more right answers than answers");

const deckSchema = z.strictObject({
  cards: z.record(z.string().regex(/^(name|refer|place):[a-z0-9-]+$/), recordSchema),
});

/** The study deck: every card asked so far, by card id (`refer:upper-trapezius`). */
export interface StudyDeck {
  /** Card records by card id. */
  cards: Record<string, StudyCardRecord>;
}

/** What was found in storage: nothing, a valid deck, or something unreadable (which is removed). */
export type StoredDeck = { kind: "none" } | { kind: "ok"; deck: StudyDeck } | { kind: "corrupt"; reason: string };

/** Reads the stored deck; anything unreadable is removed so the next visit starts clean. Storage that throws reads as nothing. */
export function readStudyDeck(storage: Storage | undefined): StoredDeck {
  try {
    const text = storage?.getItem(STUDY_KEY);
    if (text === null || text === undefined) return { kind: "none" };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      storage?.removeItem(STUDY_KEY);
      return { kind: "corrupt", reason: "not JSON" };
    }
    const parsed = deckSchema.safeParse(json);
    if (parsed.success) return { kind: "ok", deck: parsed.data as StudyDeck };
    storage?.removeItem(STUDY_KEY);
    return { kind: "corrupt", reason: parsed.error.issues[0]?.message ?? "invalid" };
  } catch {
    return { kind: "none" };
  }
}

/** Stores the deck; quietly does nothing where storage is unavailable or full. */
export function writeStudyDeck(storage: Storage | undefined, deck: StudyDeck): void {
  try {
    storage?.setItem(STUDY_KEY, JSON.stringify(deck));
  } catch {
    // Private modes and sandboxed frames may refuse storage: study still works for this visit.
  }
}
