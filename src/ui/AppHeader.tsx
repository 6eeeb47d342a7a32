import { useText } from "../i18n/useText";
import { AudienceSwitch } from "./AudienceSwitch";
import { LanguageMenu } from "./LanguageMenu";

/** The strip across the top of the app: its name, who it speaks to and in which language. */
export function AppHeader() {
  const { t } = useText();
  return (
    <header className="app-header">
      <p className="app-title">{t("app.title")}</p>
      <AudienceSwitch />
      <LanguageMenu />
    </header>
  );
}
