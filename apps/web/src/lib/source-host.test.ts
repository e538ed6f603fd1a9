import { describe, expect, it } from "vitest";
import { sourceHost } from "./source-host";

describe("sourceHost", () => {
  it("gives the site's name without www", () => {
    expect(sourceHost("https://www.refworld.org/cases/1234?x=1")).toBe("refworld.org");
    expect(sourceHost("http://odfoundation.eu/a/8000")).toBe("odfoundation.eu");
  });

  it("gives a malformed address back as it is", () => {
    expect(sourceHost("not a url")).toBe("not a url");
  });
});
