import { splitSnippet } from "@rightsdesk/domain";

/** A result's snippet with the matched words marked; the text is rendered as text, never as HTML. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <p className="search-snippet">
      {splitSnippet(snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}
