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
      <select id={id} value={value} onChange={(e) => onChange(values.find((option) => option === e.target.value) ?? value)}>
        <EnumOptions values={values} labels={labels} />
      </select>
    </div>
  );
}
