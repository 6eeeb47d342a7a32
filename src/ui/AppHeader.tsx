import { AudienceSwitch } from "./AudienceSwitch";

/** The header's words, in one place for translation. */
const words = { title: "Trigger Point Explorer" };

/** The strip across the top of the app: its name and who it speaks to. */
export function AppHeader() {
  return (
    <header className="app-header">
      <p className="app-title">{words.title}</p>
      <AudienceSwitch />
    </header>
  );
}
