import { national } from '@duibiao/plugin-national';
import { RuleTester } from '@duibiao/plugin-sdk';
import { describe, it } from 'vitest';

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester({ plugin: national }).runAll();
