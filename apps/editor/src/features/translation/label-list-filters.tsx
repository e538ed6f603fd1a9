import { LABEL_KINDS, type LabelKind, type LabelListQuery, type LabelStateFilter } from "@rightsdesk/domain";
import Link from "next/link";
import { FilterSelect } from "~/features/shared/ui/filter-select";

const KIND_NAMES: Record<LabelKind, string> = { tag: "Tags", bio: "Biographies", event: "Case timelines" };
const STATE_NAMES: Record<LabelStateFilter, string> = { todo: "Missing or outdated", missing: "Missing", outdated: "Outdated" };

type Props = { action: string; query: LabelListQuery };

/** A plain GET form over the labels desk: which texts and in what state, in the address so a link can be shared. */
export function LabelListFilters({ action, query }: Props) {
  return (
    <form className="toolbar-row list-filters" method="get" action={action} role="search" aria-label="Filter texts">
      <FilterSelect id="label-kind" name="kind" label="Texts" value={query.kind} any="All kinds" options={LABEL_KINDS.map((kind) => ({ value: kind, label: KIND_NAMES[kind] }))} />
      <FilterSelect
        id="label-state"
        name="state"
        label="State"
        value={query.state}
        any="Any state"
        options={Object.entries(STATE_NAMES).map(([value, label]) => ({ value, label }))}
      />
      <button type="submit">Filter</button>
      {(query.kind || query.state) && <Link href={action}>Show all texts</Link>}
    </form>
  );
}
