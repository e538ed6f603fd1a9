import { languageSlot } from "~/components/language-slot";
import { archivePath } from "~/lib/paths";

export default languageSlot(archivePath);
