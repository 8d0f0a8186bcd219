import { xian } from '@duibiao-examples/plugin-xian';
import { RuleTester } from '@duibiao/plugin-sdk';
import { describe, it } from 'vitest';

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester({ plugin: xian }).runAll();
