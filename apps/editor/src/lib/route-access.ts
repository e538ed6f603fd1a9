import { type Action, type Locale } from "@rightsdesk/domain";

/** Changing one language version: translators may in every language but the source. */
export const editsVersion = ({ locale }: { locale: Locale }): Action => ({ kind: "version.edit", locale });

/** A biography or timeline description in the language of the address. */
export const translatesRegistry = ({ locale }: { locale: Locale }): Action => ({ kind: "registry.translate", locale });
