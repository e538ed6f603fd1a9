"use client";

import { CONFIDENTIALITY, CONFIDENTIALITY_LABELS, type Confidentiality } from "@rightsdesk/domain";
import { useState } from "react";
import { useRegistrySearch } from "~/features/shared/use-registry-search";

export type PersonChoice = { id: string; label: string; internal: boolean };

type Props = {
  /** The select's id; the search box is `${id}-search`. */
  id: string;
  /** The select's label ("Person", "Duplicate person"); the search box is "Find" and the same words. */
  label: string;
  value: PersonChoice | null;
  onChange: (person: PersonChoice | null) => void;
  /** A person who may not be chosen (the one a duplicate merges into). */
  exclude?: string;
  /** Options grouped under public and internal, where choosing an internal record has consequences. */
  byConfidentiality?: boolean;
  describedBy?: string;
};

const confidentialityOf = (person: PersonChoice): Confidentiality => (person.internal ? "internal" : "public");

/**
 * Chooses one person of the registry: the name typed is searched on the server (any script or spelling, as the
 * @ popup and the article's links find it), and the select offers what it found, so that a form opens as fast
 * with 5,000 people in the registry as with five. Both are native controls: keyboard and screen reader work as usual.
 */
export function PersonSearchSelect({ id, label, value, onChange, exclude, byConfidentiality = false, describedBy }: Props) {
  const [query, setQuery] = useState("");
  const search = useRegistrySearch(query, "person");
  const found = search.results.filter((result) => result.id !== exclude).map(({ id, label, internal }) => ({ id, label, internal }));
  // The chosen person stays offered once the search moves on, so that the select still shows them.
  const options = value && !found.some((person) => person.id === value.id) ? [value, ...found] : found;
  const renderOption = (person: PersonChoice) => (
    <option key={person.id} value={person.id}>
      {person.label}
    </option>
  );
  return (
    <div className="person-search">
      <label htmlFor={`${id}-search`}>Find {label.toLowerCase()}</label>
      <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Name in any script" autoComplete="off" />
      {query.trim() !== "" && (
        <p role="status" className="save-state">
          {search.searching ? "Searching…" : (search.problem ?? `${found.length} found`)}
        </p>
      )}
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value?.id ?? ""} onChange={(event) => onChange(options.find((person) => person.id === event.target.value) ?? null)} aria-describedby={describedBy}>
        <option value="">{options.length > 0 ? "Choose a person…" : "Type a name above to find a person"}</option>
        {byConfidentiality
          ? CONFIDENTIALITY.map((confidentiality) => {
              const group = options.filter((person) => confidentialityOf(person) === confidentiality);
              return (
                group.length > 0 && (
                  <optgroup key={confidentiality} label={CONFIDENTIALITY_LABELS[confidentiality]}>
                    {group.map(renderOption)}
                  </optgroup>
                )
              );
            })
          : options.map(renderOption)}
      </select>
    </div>
  );
}
