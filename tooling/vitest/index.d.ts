import { type ViteUserConfig } from "vitest/config";

export function testConfig(packageName: string, overrides?: ViteUserConfig): ViteUserConfig;
