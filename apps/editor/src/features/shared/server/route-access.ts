import "server-only";
import { type Action, type Locale } from "@rightsdesk/domain";

/** Changing one language version: translators may in every language but the source. */
export const editsVersion = ({ locale }: { locale: Locale }): Action => ({ kind: "version.edit", locale });

/** A biography or timeline description in the language of the address. */
export const translatesRegistry = ({ locale }: { locale: Locale }): Action => ({ kind: "registry.translate", locale });

/** Publishing what waits in one language (a translator's changes): editors and admins. */
export const publishesVersion = ({ locale }: { locale: Locale }): Action => ({ kind: "version.publish", locale });
