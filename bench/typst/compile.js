// Typst, the benchmark's fastest peer: compiles .typ files to PDF/A-2b with the Typst compiler that
// the npm package @myriaddreamin/typst-ts-node-compiler carries (a native Node addon, not a
// command-line program). One compiler for all the files, as a long-running typst process keeps its
// fonts and caches; the fonts are exactly the files of FONT_LIST (one path a line), no others.
//
//   node compile.js MODULES ROOT FONT_LIST OUT FILE.typ|@LIST ...
//
// MODULES is the node_modules folder holding the package; ROOT the folder the .typ files' absolute
// imports resolve against; each ROOT/x/y.typ is written to OUT/x/y.pdf; @LIST names a file that
// lists .typ files, one a line. Prints "typst: F files, P pages" on success; stops at the first
// error or warning (an unknown font is a warning).
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, root, fontList, out, ...args] = process.argv.slice(2);
const files = args.flatMap((a) => (a.startsWith('@') ? fs.readFileSync(a.slice(1), 'utf8').split('\n').filter(Boolean) : [a]));
if (!files.length) {
  console.error('usage: node compile.js MODULES ROOT FONT_LIST OUT FILE.typ|@LIST ...');
  process.exit(2);
}
const { NodeCompiler } = require(path.join(path.resolve(modules), '@myriaddreamin/typst-ts-node-compiler'));
const fontBlobs = fs.readFileSync(fontList, 'utf8').split('\n').filter(Boolean).map((f) => fs.readFileSync(f));
const compiler = NodeCompiler.create({ workspace: path.resolve(root), fontArgs: [{ fontBlobs }] });

function fail(file, what, diagnostics) {
  console.error(`typst: ${file}: ${what}`);
  for (const d of diagnostics || []) console.error(`  ${d.severity}: ${d.message}`);
  process.exit(1);
}

let pages = 0;
for (const file of files) {
  const main = path.resolve(file);
  const result = compiler.compile({ mainFilePath: main });
  const error = result.takeError();
  if (error) fail(file, 'error', error.shortDiagnostics);
  const warnings = result.takeWarnings();
  if (warnings && warnings.shortDiagnostics.length) fail(file, 'warning', warnings.shortDiagnostics);
  const doc = result.result;
  const pdf = compiler.pdf(doc, { pdfStandard: 'a-2b' });
  const target = path.join(out, path.relative(path.resolve(root), main).replace(/\.typ$/, '.pdf'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, pdf);
  pages += doc.numOfPages;
  // what a one-shot typst run would have dropped: keeps memory bounded over thousands of files
  compiler.evictCache(10);
}
console.log(`typst: ${files.length} files, ${pages} pages`);
