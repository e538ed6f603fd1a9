export type FilterOption = { value: string; label: string };

type Props = { id: string; name: string; label: string; value: string | undefined; any: string; options: readonly FilterOption[] };

/** One labelled select of a GET filter form; the empty choice, first, means no filter. */
export function FilterSelect({ id, name, label, value, any, options }: Props) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
