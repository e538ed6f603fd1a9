/** A form's message about the whole submission (wrong password, a refused request). */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="alert error">
      {message}
    </p>
  );
}
