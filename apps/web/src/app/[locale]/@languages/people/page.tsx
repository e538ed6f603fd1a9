import { languageSlot } from "~/components/language-slot";
import { peoplePath } from "~/lib/paths";

export default languageSlot(peoplePath);
