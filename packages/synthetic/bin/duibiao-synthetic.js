#!/usr/bin/env node
// The command's entry. It is committed rather than built, so that npm can
// link it when the workspace is installed, before the build makes dist/.
import('../dist/bin.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write(
      'duibiao-synthetic is not built yet: run npm run build first\n',
    );
    process.exitCode = 70;
    return;
  }
  throw error;
});
