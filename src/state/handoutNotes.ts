/** What the practitioner writes on handouts, remembered on this device (never sent anywhere). */
export interface HandoutNotes {
  /** The practitioner's name (and clinic), printed on every handout. */
  practitioner: string;
  /** A note for the patient. */
  note: string;
}

/** The localStorage key; the version in it changes when the stored shape does. */
export const HANDOUT_NOTES_KEY = "trigger-point-explorer/handout/v1";

/** Longest text kept in each field, characters. */
export const HANDOUT_NOTE_LIMITS = { practitioner: 120, note: 600 } as const;

/** Nothing written yet. */
export const emptyHandoutNotes: HandoutNotes = { practitioner: "", note: "" };

/** What was found in storage: the notes, or an unreadable entry (removed, so the next visit starts clean). */
export type StoredHandoutNotes = { kind: "ok"; notes: HandoutNotes } | { kind: "corrupt" };

/** Reads the stored notes; nothing stored (or storage that refuses) reads as empty notes. */
export function readHandoutNotes(storage: Storage | undefined): StoredHandoutNotes {
  let text: string | null | undefined;
  try {
    text = storage?.getItem(HANDOUT_NOTES_KEY);
  } catch {
    return { kind: "ok", notes: emptyHandoutNotes };
  }
  if (text === null || text === undefined) return { kind: "ok", notes: emptyHandoutNotes };
  try {
    const value: unknown = JSON.parse(text);
    const { practitioner, note } = (value ?? {}) as Record<string, unknown>;
    if (typeof practitioner === "string" && typeof note === "string") {
      return {
        kind: "ok",
        notes: {
          practitioner: practitioner.slice(0, HANDOUT_NOTE_LIMITS.practitioner),
          note: note.slice(0, HANDOUT_NOTE_LIMITS.note),
        },
      };
    }
  } catch {
    // Falls through to the reset below.
  }
  try {
    storage?.removeItem(HANDOUT_NOTES_KEY);
  } catch {
    // Storage that refuses is fine: nothing is read from it either.
  }
  return { kind: "corrupt" };
}

/** Stores the notes; quietly does nothing where storage is unavailable or full. */
export function writeHandoutNotes(storage: Storage | undefined, notes: HandoutNotes): void {
  try {
    storage?.setItem(HANDOUT_NOTES_KEY, JSON.stringify(notes));
  } catch {
    // Private modes and sandboxed frames may refuse storage: the handout works without it.
  }
}
