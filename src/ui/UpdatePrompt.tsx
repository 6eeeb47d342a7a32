import { useText } from "../i18n/useText";
import { useAppUpdate } from "../state/appUpdate";

/** "New version - reload": shown when an update is installed, so the app never switches under the user. */
export function UpdatePrompt() {
  const { t } = useText();
  const apply = useAppUpdate((s) => s.apply);
  if (!apply) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t("update.ready")}</span>
      <button type="button" className="primary-button" onClick={apply}>
        {t("update.reload")}
      </button>
    </div>
  );
}
