import { type Locale } from "@rightsdesk/domain";
import { type ReactNode } from "react";
import { messages } from "~/i18n/messages";
import { type LetterGroup, OTHER_LETTER } from "~/lib/alphabet";

type Props<T> = { groups: readonly LetterGroup<T>[]; locale: Locale; itemKey: (item: T) => string; renderItem: (item: T) => ReactNode };

const anchor = (letter: string) => (letter === OTHER_LETTER ? "letter-other" : `letter-${letter}`);

/** An A–Z list: a row of the letters in use, each a jump link to its section. */
export function LetterIndex<T>({ groups, locale, itemKey, renderItem }: Props<T>) {
  return (
    <>
      <nav className="letter-nav" aria-label={messages(locale).alphabet}>
        <ul>
          {groups.map(({ letter }) => (
            <li key={letter}>
              <a href={`#${anchor(letter)}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ letter, items }) => (
        <section key={letter} className="letter-group" aria-labelledby={anchor(letter)}>
          <h2 id={anchor(letter)}>{letter}</h2>
          <ul>
            {items.map((item) => (
              <li key={itemKey(item)}>{renderItem(item)}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
