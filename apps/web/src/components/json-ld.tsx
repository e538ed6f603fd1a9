import { serializeJsonLd } from "~/lib/json-ld";

type Props = { data: Parameters<typeof serializeJsonLd>[0] };

export function JsonLd({ data }: Props) {
  return (
    <script
      type="application/ld+json"
      // Safe: serializeJsonLd escapes every "<", so no value can close the script element.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
