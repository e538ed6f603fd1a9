import { NotFoundNotice } from "~/features/shared/ui/not-found-notice";

/** A record that does not exist (or was deleted): shown inside the desk's layout, under its header. */
export default function DeskNotFound() {
  return <NotFoundNotice />;
}
