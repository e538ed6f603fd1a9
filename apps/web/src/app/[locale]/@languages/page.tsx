import { languageSlot } from "~/components/language-slot";
import { homePath } from "~/lib/paths";

/** The home page's switcher: every language's home. */
export default languageSlot(homePath);
