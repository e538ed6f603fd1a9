// A tag's later pages switch language like its first page.
export { default } from "../../page";
