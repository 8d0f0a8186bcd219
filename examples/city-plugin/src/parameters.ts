import { defineParameter } from '@duibiao/plugin-sdk';

/**
 * Xi'an's monitoring line: 7000 元 per person and year from 1 July 2020,
 * over the national 6000. It overrides the parameter of the same name;
 * data of an earlier date is still judged by the line in force then.
 */
export const monitoringLine = defineParameter({
  name: 'monitoringLine',
  description:
    "Xi'an monitoring line from 2020-07-01: households under it that are not monitored should be.",
  unit: '元/人·年',
  values: [{ from: '2020-07-01', value: 7000 }],
});

/** Xi'an's parameters. */
export const parameters = [monitoringLine] as const;
