import { keepEmbedParams } from "../state/embedOptions";
import { useAppStore } from "../state/store";

/** After a crash of the whole app: drops the link's state (it may be what crashed) and opens the start view. */
export function resetToStart(): void {
  window.history.replaceState(null, "", `${window.location.pathname}${keepEmbedParams("", window.location.search)}`);
  useAppStore.setState({ selection: null, painMode: false, painSpots: [], notice: null });
}
