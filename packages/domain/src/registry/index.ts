/*
 * The registry of people at risk: persons, their cases and the protections states granted them,
 * with the organisations and relationships around them. Schemas and pure rules only.
 */
export * from "./case";
export * from "./labels";
export * from "./merge";
export * from "./merge-exposure";
export * from "./organisation";
export * from "./partial-date";
export * from "./person";
export * from "./protection";
export * from "./record-save";
export * from "./registry-list";
