import { postgres } from '@duibiao/sql';

import { POSTGRES_PARSER } from '../../packages/sql/src/sql-parser-check.js';
import { describeScriptParsing } from './script-parse.js';

/**
 * The PostgreSQL script `duibiao sql --dialect postgres` writes, every
 * statement read by node-sql-parser's PostgreSQL grammar (script-parse.ts).
 * It is the largest script and takes the grammar longest, so it has a file
 * of its own that runs beside the other dialects'.
 */
describeScriptParsing(postgres, POSTGRES_PARSER);
