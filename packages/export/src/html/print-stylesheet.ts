// The page's only styles, inline because the Content-Security-Policy allows no other source:
// an official document on A4, in a serif face, readable on screen and printed as is.
export const PRINT_STYLESHEET = `
@page { size: A4; margin: 2cm 2cm 2.2cm; }
html { background: #e8e8e8; }
body {
  margin: 0;
  color: #000;
  font: 12pt/1.45 'Times New Roman', Times, 'Liberation Serif', 'Nimbus Roman', serif;
}
.page { box-sizing: border-box; max-width: 21cm; margin: 1.5rem auto; padding: 2cm; background: #fff; }
.itu-head {
  display: grid;
  grid-template-columns: 1fr auto;
  column-gap: 1em;
  border-bottom: 1px solid #000;
  padding-bottom: 0.5em;
  margin: 0 0 1.5em;
}
.itu-head p { margin: 0; }
.meeting { font-weight: bold; grid-row: 1; }
.symbol { font-weight: bold; grid-row: 1; text-align: right; white-space: nowrap; }
.date, .original { grid-column: 2; text-align: right; }
.itu-box { border: 1px solid #000; margin: 0 0 2em; break-inside: avoid; }
.itu-box section { padding: 0.4em 0.8em 0.2em; }
.itu-box section + section { border-top: 1px solid #000; }
.itu-box .box-label { font-size: 12pt; margin: 0 0 0.3em; }
.closing { border-top: 1px solid #000; margin-top: 2em; padding-top: 0.4em; font-size: 9.5pt; font-style: italic; }
.document h1 { font-size: 15pt; text-align: center; margin: 0 0 1em; }
.document h2 { font-size: 13pt; margin: 1.3em 0 0.5em; break-after: avoid; }
.document h3, .document h4, .document h5, .document h6 { font-size: 12pt; margin: 1em 0 0.4em; break-after: avoid; }
.document p { margin: 0 0 0.6em; orphans: 2; widows: 2; }
.paragraph-number { margin-right: 0.3em; }
.document table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }
.document th, .document td { border: 1px solid #000; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
.document th { background: #eee; }
.document tr { break-inside: avoid; }
.document th p, .document td p { margin: 0; }
.document blockquote { margin: 0.6em 0 0.6em 1.5em; padding-left: 0.8em; border-left: 2px solid #777; }
.document pre, .document code { font-family: 'Courier New', 'Liberation Mono', monospace; font-size: 10.5pt; }
.document pre { white-space: pre-wrap; }
.document a { color: #003366; }
.footnote-ref { line-height: 0; font-size: 75%; }
.footnote-ref a, .footnote-back { text-decoration: none; }
.footnotes { border-top: 1px solid #000; margin-top: 1.5em; padding-top: 0.3em; font-size: 10pt; }
.footnotes ol { margin: 0; padding-left: 1.6em; }
.footnotes li { margin: 0 0 0.3em; }
@media print {
  html { background: none; }
  .page { max-width: none; margin: 0; padding: 0; }
  .document a { color: inherit; }
  .document a[href]::after { content: ' <' attr(href) '>'; font-size: 90%; }
  /* A footnote's link is to its note on the same page set: the number says it, not the address. */
  .document a[href^='#']::after { content: none; }
  .footnote-back { display: none; }
}
`;
