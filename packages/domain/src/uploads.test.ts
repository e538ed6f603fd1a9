import { describe, expect, it } from "vitest";
import { ZMediaUploadForm, ZXliffImportForm } from "./uploads";

const file = (text: string) => new File([text], "upload.bin");

describe("ZMediaUploadForm", () => {
  it("takes a file with a credit made storable and trimmed, and an empty credit when the form has none", () => {
    const upload = new File(["bytes"], "photo.jpg");
    expect(ZMediaUploadForm.parse({ file: upload, credit: "  Photo:\u0000 the family " })).toEqual({ file: upload, credit: "Photo: the family" });
    expect(ZMediaUploadForm.parse({ file: upload })).toEqual({ file: upload, credit: "" });
  });

  it("refuses a form without a file, or with text where the file should be, naming the field", () => {
    for (const form of [{}, { file: "photo.jpg" }, { file: null }]) {
      const result = ZMediaUploadForm.safeParse(form);
      expect(result.error?.issues).toMatchObject([{ path: ["file"], message: "Choose a file to upload." }]);
    }
  });

  it("refuses a credit longer than a credit may be", () => {
    expect(ZMediaUploadForm.safeParse({ file: file("x"), credit: "c".repeat(1000) }).error?.issues[0]?.path).toEqual(["credit"]);
  });
});

describe("ZXliffImportForm", () => {
  it("reads the base revision from its form text", () => {
    const xliff = file("<xliff/>");
    expect(ZXliffImportForm.parse({ file: xliff, baseRevision: "3" })).toEqual({ file: xliff, baseRevision: 3 });
  });

  it("refuses a missing or empty file and a revision that is no revision", () => {
    expect(ZXliffImportForm.safeParse({ baseRevision: "1" }).error?.issues[0]?.message).toBe("Choose an XLIFF file to import.");
    expect(ZXliffImportForm.safeParse({ file: file(""), baseRevision: "1" }).error?.issues[0]?.message).toBe("The chosen file is empty.");
    expect(ZXliffImportForm.safeParse({ file: file("<xliff/>"), baseRevision: "-1" }).success).toBe(false);
    expect(ZXliffImportForm.safeParse({ file: file("<xliff/>"), baseRevision: "latest" }).success).toBe(false);
  });
});
