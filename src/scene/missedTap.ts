/** The handler of a click or tap that hit nothing in the 3D view; `TapAssist` installs it, the canvas calls it. */
export const missedTap: { handle: ((event: MouseEvent) => void) | null } = { handle: null };
