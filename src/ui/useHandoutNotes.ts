import { useCallback, useState } from "react";
import {
  emptyHandoutNotes,
  HANDOUT_NOTE_LIMITS,
  type HandoutNotes,
  readHandoutNotes,
  writeHandoutNotes,
} from "../state/handoutNotes";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The practitioner's name and note for handouts, remembered on this device as they are typed;
 * `reset` is true when what was stored could not be read (it was cleared).
 */
export function useHandoutNotes(): {
  notes: HandoutNotes;
  reset: boolean;
  change: (field: keyof HandoutNotes, value: string) => void;
} {
  const [stored] = useState(() => readHandoutNotes(storage()));
  const [notes, setNotes] = useState(stored.kind === "ok" ? stored.notes : emptyHandoutNotes);
  const change = useCallback((field: keyof HandoutNotes, value: string) => {
    setNotes((previous) => {
      const next = { ...previous, [field]: value.slice(0, HANDOUT_NOTE_LIMITS[field]) };
      writeHandoutNotes(storage(), next);
      return next;
    });
  }, []);
  return { notes, reset: stored.kind === "corrupt", change };
}
