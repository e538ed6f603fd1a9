import { LOCALES } from "@rightsdesk/domain";
import { describe, expect, it } from "vitest";
import { REGISTRY_LABELS, splitAtName } from "./registry-labels";

describe("registry labels", () => {
  it.each(LOCALES)("has every value, non-empty, in %s", (locale) => {
    const labels = REGISTRY_LABELS[locale];
    for (const [group, values] of Object.entries(labels)) {
      expect(Object.keys(values).sort(), `${locale}.${group}`).toEqual(Object.keys(REGISTRY_LABELS.en[group as keyof typeof labels]).sort());
      for (const [value, text] of Object.entries(values)) expect(String(text).trim(), `${locale}.${group}.${value}`).not.toBe("");
    }
  });

  it.each(LOCALES)("puts the name into every relation in %s exactly once", (locale) => {
    for (const template of Object.values(REGISTRY_LABELS[locale].relation)) {
      expect(template.split("{name}")).toHaveLength(2);
    }
  });

  it("translates, not just copies the English", () => {
    for (const locale of LOCALES.filter((locale) => locale !== "en")) {
      expect(REGISTRY_LABELS[locale].protectionType.refugee_status).not.toBe(REGISTRY_LABELS.en.protectionType.refugee_status);
    }
  });
});

describe("splitAtName", () => {
  it("splits around the placeholder", () => {
    expect(splitAtName("Child of {name}")).toEqual(["Child of ", ""]);
    expect(splitAtName("Родитель: {name}")).toEqual(["Родитель: ", ""]);
    expect(splitAtName("{name}'s colleague")).toEqual(["", "'s colleague"]);
  });

  it("keeps the name when a translation lost the placeholder", () => {
    expect(splitAtName("Child of")).toEqual(["Child of ", ""]);
  });
});
