import { listMedia } from "@rightsdesk/db";
import { type Metadata } from "next";
import { MediaLibrary } from "~/components/media-library";
import { requireUser } from "~/lib/session";

export const metadata: Metadata = { title: "Media library" };

export default async function MediaPage() {
  const user = await requireUser();
  const items = await listMedia();
  return (
    <>
      <h1>Media library</h1>
      <MediaLibrary initial={items.map(({ createdAt: _createdAt, ...item }) => item)} role={user.role} />
    </>
  );
}
