import { encodeUrlState, type UrlState } from "./urlState";

/**
 * Longest link a handout's QR code carries, characters: about version 20 of the code at medium
 * error correction, which a phone still reads when printed 3 cm wide.
 */
export const QR_LINK_LIMIT = 600;

/** The link a handout's QR code opens, and whether the pain drawing in it had to be thinned to fit. */
export interface HandoutLink {
  /** The full link. */
  link: string;
  /** True when the link holds every few spots of the drawing rather than all of them. */
  simplified: boolean;
}

/**
 * The link to the view a handout shows, opening in the patient view (the patient scans it) and
 * without the painting tools. A pain drawing too long for a printable code keeps every second,
 * third... spot until the link fits, so the link still opens the drawing's area and matches.
 */
export function handoutLink(base: string, state: UrlState, limit = QR_LINK_LIMIT): HandoutLink {
  const forPatient: UrlState = { ...state, audience: "patient", painMode: false };
  const full = `${base}${encodeUrlState(forPatient)}`;
  if (full.length <= limit || state.painSpots.length <= 1) return { link: full, simplified: false };
  for (let step = 2; step <= state.painSpots.length; step++) {
    const painSpots = state.painSpots.filter((_, i) => i % step === 0);
    const link = `${base}${encodeUrlState({ ...forPatient, painSpots })}`;
    if (link.length <= limit || painSpots.length === 1) return { link, simplified: true };
  }
  return { link: full, simplified: false };
}
