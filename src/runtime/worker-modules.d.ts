// wrangler.toml's `[[rules]] type = "Text"` bundles `.opml` files as their text.
declare module "*.opml" {
  const text: string;
  export default text;
}
