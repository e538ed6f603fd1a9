export type FilterOption = { value: string; label: string };

type Props = { id: string; name: string; label: string; value: string | undefined; any: string; options: readonly FilterOption[] };

/** One labelled select of a GET filter form; the empty choice, first, means no filter. */
export function FilterSelect({ id, name, label, value, any, options }: Props) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {/* Keyed by its value: React sets a select's defaultValue only when it mounts, so a link to the same list with
          other filters ("Show all …") would otherwise keep showing, and submit again, the filter it has just dropped. */}
      <select key={value ?? ""} id={id} name={name} defaultValue={value ?? ""}>
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
