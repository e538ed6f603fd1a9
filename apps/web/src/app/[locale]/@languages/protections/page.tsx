import { languageSlot } from "~/components/language-slot";
import { protectionsPath } from "~/lib/paths";

export default languageSlot(protectionsPath);
