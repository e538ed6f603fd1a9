type Props = {
  id: string;
  /** The address parameter the choice is sent as. */
  name: string;
  label: string;
  /** The current value from the address; undefined shows the "any" choice. */
  value: string | undefined;
  /** The choice that filters nothing ("Any language"). */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
};

/** One filter of a list's GET form: a labelled select whose first choice means "no filter". */
export function FilterSelect({ id, name, label, value, anyLabel, options }: Props) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
