export function ruleMessages(packageDir: string, ruleId: string): (file: string, source: string) => Promise<string[]>;
