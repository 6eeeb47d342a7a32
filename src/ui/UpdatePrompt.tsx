import { useAppUpdate } from "../state/appUpdate";

/** "New version - reload": shown when an update is installed, so the app never switches under the user. */
export function UpdatePrompt() {
  const apply = useAppUpdate((s) => s.apply);
  if (!apply) return null;
  return (
    <div className="update-prompt" role="status">
      <span>A new version of the app is ready.</span>
      <button type="button" className="primary-button" onClick={apply}>
        Reload
      </button>
    </div>
  );
}
