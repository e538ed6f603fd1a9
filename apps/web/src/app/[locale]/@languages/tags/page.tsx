import { languageSlot } from "~/components/language-slot";
import { tagsPath } from "~/lib/paths";

export default languageSlot(tagsPath);
