import base from "@rightsdesk/eslint-config/base";

// The root holds only scripts and the seed; each package has its own config.
export default [...base, { ignores: ["apps/**", "packages/**", "tooling/**", "e2e/**"] }];
