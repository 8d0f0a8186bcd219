import { RuleTester } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, it } from 'vitest';

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester({ plugin: shaanxi }).runAll();
