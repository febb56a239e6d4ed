// Sums the JSON reports that each workspace's vitest run leaves behind and prints the line CI
// reads: "N passed, N failed" (and skipped). Run after `npm test`; it never changes the exit code.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['apps', 'packages', 'tests'];
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;
for (const root of roots) {
  if (!existsSync(root)) continue;
  const folders = root === 'tests' ? ['.'] : readdirSync(root);
  for (const folder of folders) {
    const file = join(root, folder, '.vitest-report.json');
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    reports += 1;
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
    skipped += report.numPendingTests + report.numTodoTests;
  }
}
process.stdout.write(
  `Test reports read: ${reports}\n${passed} passed, ${failed} failed, ${skipped} skipped\n`,
);
