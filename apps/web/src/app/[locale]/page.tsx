import { type Metadata } from "next";
import { LatestNews } from "~/components/latest-news";
import { everyLanguage, hreflangLinks } from "~/lib/alternates";
import { localeParam } from "~/lib/locale-param";
import { homePath } from "~/lib/paths";

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = {
  alternates: { languages: hreflangLinks(everyLanguage(homePath)) },
};

export default async function HomePage({ params }: Props) {
  return <LatestNews locale={localeParam((await params).locale)} page={1} />;
}
