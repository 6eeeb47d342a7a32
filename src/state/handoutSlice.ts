import type { Side } from "./selectionTypes";

/** The muscle a handout is about: its pattern and trigger points are painted in the pictures. */
export interface HandoutMuscle {
  /** Dataset muscle id. */
  id: string;
  /** One side only, or both sides when absent. */
  side?: Side;
}

/** A handout being prepared: for one muscle, or for the pain drawing with its best matches. */
export interface HandoutRequest {
  /** Counts up with every request, so pictures drawn for an older one are never shown. */
  id: number;
  /** A muscle's handout, or the pain drawing's. */
  kind: "muscle" | "pain";
  /** The muscle painted in the pictures (for the pain drawing, its best match), or null for none. */
  muscle: HandoutMuscle | null;
}

/** The front and back pictures drawn for a request, or why there are none. */
export type HandoutPictures =
  | {
      /** The request they were drawn for. */
      request: number;
      /** Drawn. */
      status: "ready";
      /** The body from the front, as an image URL (PNG data). */
      front: string;
      /** The body from the back. */
      back: string;
    }
  | {
      /** The request they were drawn for. */
      request: number;
      /** Could not be drawn (the model has no skin, or the graphics failed). */
      status: "failed";
    };

/** The patient handout: which one is open, and its pictures once the 3D view has drawn them. */
export interface HandoutSlice {
  /** The handout shown for printing, or null when none is open. */
  handout: HandoutRequest | null;
  /** Pictures for the open handout (check `request`), or null while they are drawn. */
  handoutPictures: HandoutPictures | null;
  /** Opens the handout for a muscle, or for the pain drawing (painting its best match). */
  openHandout: (kind: HandoutRequest["kind"], muscle: HandoutMuscle | null) => void;
  /** Closes the handout. */
  closeHandout: () => void;
  /** Called by the 3D view with the pictures it drew. */
  setHandoutPictures: (pictures: HandoutPictures) => void;
}

type SetState = (fn: (state: HandoutSlice) => Partial<HandoutSlice>) => void;

/** The handout's slice of the store. */
export function createHandoutSlice(set: SetState): HandoutSlice {
  let requests = 0;
  return {
    handout: null,
    handoutPictures: null,
    openHandout: (kind, muscle) =>
      set(() => {
        requests += 1;
        return { handout: { id: requests, kind, muscle }, handoutPictures: null };
      }),
    closeHandout: () => set(() => ({ handout: null, handoutPictures: null })),
    setHandoutPictures: (pictures) =>
      set((s) => (s.handout?.id === pictures.request ? { handoutPictures: pictures } : {})),
  };
}
