import { type TranslationCellView } from "@rightsdesk/db/editor";
import { TRANSLATION_STATE_LABELS } from "@rightsdesk/domain";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** One language of one article on the desk: its state in words (never colour alone), due date and translator. */
export function TranslationCell({ cell }: { cell: TranslationCellView }) {
  return (
    <>
      <span className={`badge ${cell.state}`}>{TRANSLATION_STATE_LABELS[cell.state]}</span>
      {cell.changesToPublish && <small> · changes to publish</small>}
      {cell.dueAt && (
        <small>
          {" "}
          due {day.format(cell.dueAt)}
          {cell.overdue && <strong className="overdue"> · overdue</strong>}
        </small>
      )}
      {cell.assignee && <small> · {cell.assignee}</small>}
    </>
  );
}
