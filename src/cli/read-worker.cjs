// Worker entry when the CLI runs from its TypeScript sources (jest, tsx): the threads run the compiled worker,
// the same code as the built CLI's (scripts/build-cli.mjs; jest's global setup builds it).
'use strict';
require('../../build/cli/read-worker.cjs');
