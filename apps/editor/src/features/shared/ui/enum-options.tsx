/** The `<option>`s of a select over one of the domain's fixed lists, labelled for people. */
export function EnumOptions<T extends string>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}

type EnumSelectProps<T extends string> = { id: string; label: string; value: T; values: readonly T[]; labels: Record<T, string>; onChange: (value: T) => void };

/** A labelled select over one of the domain's fixed lists, as a row of a form's grid holds it. */
export function EnumSelect<T extends string>({ id, label, value, values, labels, onChange }: EnumSelectProps<T>) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {/* The options are exactly `values`, so the chosen value is one of them. */}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        <EnumOptions values={values} labels={labels} />
      </select>
    </div>
  );
}
