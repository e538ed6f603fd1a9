import { inverseRelationship, type RelationshipKind } from "@rightsdesk/domain";

/**
 * What the page's person is to the other person. A stored relationship says what the related
 * person is to the person ({ Ablyazov, Madina, child }): on Madina's page it arrives as "of"
 * (she is child of Ablyazov), on Ablyazov's as "to" (Madina is child to him, so he is her parent).
 */
export function ownRelationKind(relation: { kind: RelationshipKind; direction: "of" | "to" }): RelationshipKind {
  return relation.direction === "of" ? relation.kind : inverseRelationship(relation.kind);
}
