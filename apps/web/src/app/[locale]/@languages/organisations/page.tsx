import { languageSlot } from "~/components/language-slot";
import { organisationsPath } from "~/lib/paths";

export default languageSlot(organisationsPath);
