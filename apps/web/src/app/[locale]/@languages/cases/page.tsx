import { languageSlot } from "~/components/language-slot";
import { casesPath } from "~/lib/paths";

export default languageSlot(casesPath);
