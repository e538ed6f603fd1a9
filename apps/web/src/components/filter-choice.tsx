import { type ReactNode } from "react";

export type ChoiceOption = { value: string; label: string };

type Props = {
  id: string;
  name: string;
  label: string;
  value: string;
  /** The "no filter" choice, when the filter may be left out. */
  any?: string;
  options?: readonly ChoiceOption[];
  children?: ReactNode;
};

/** One labelled select of a GET filter form. */
export function FilterChoice({ id, name, label, value, any, options = [], children }: Props) {
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {any !== undefined && <option value="">{any}</option>}
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filtered views are ordinary URLs that can be shared and work without JavaScript. */
export function FilterForm({ action, submit, children }: { action: string; submit: string; children: ReactNode }) {
  return (
    <form className="filter-form" method="get" action={action}>
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}
