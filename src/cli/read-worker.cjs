// Worker entry: the CLI runs from TypeScript sources through tsx, so each worker registers tsx first.
'use strict';
require('tsx/cjs');
require('./read-worker.ts');
