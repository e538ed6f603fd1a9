import { AppError, ZSaveVersionInput } from "@rightsdesk/domain";
import { parseRichText } from "@rightsdesk/rich-text";

/** A save as the API accepts it: the body must also be a document of the editor's schema. */
export const ZSaveVersionRequest = ZSaveVersionInput.extend({
  body: ZSaveVersionInput.shape.body.transform((doc, ctx) => {
    try {
      return parseRichText(doc);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof AppError ? error.message : "Invalid body" });
      return doc;
    }
  }),
});
