import { type Metadata } from "next";
import { LatestNews } from "~/components/latest-news";
import { everyLanguage, hreflangLinks } from "~/lib/alternates";
import { localeParam } from "~/lib/locale-param";
import { homePath } from "~/lib/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  return { alternates: { canonical: homePath(locale), languages: hreflangLinks(everyLanguage(homePath)) } };
}

export default async function HomePage({ params }: Props) {
  return <LatestNews locale={localeParam((await params).locale)} page={1} />;
}
