// Pages without a switcher of their own (a 404 among them) link to every language's home.
export { default } from "./page";
