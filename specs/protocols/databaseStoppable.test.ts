/**
 * Every model of the built-in device database, against the protocol module that drives it: what the
 * device would advertise (its declared outputs, less any the protocol cannot stop) must stop as one
 * batch, and must still drive or read something. The outputs left out are listed here by name, so a
 * database update that declares an output a protocol has no packet for shows up as a failing test.
 */
import { describe, expect, it } from 'vitest';
import { stopOutputs } from '../../protocols/config/commandChecks.js';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import { builtinProtocolConfigs, builtinProtocols } from '../../protocols/devices/index.js';
import type { ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import { undrivableOutputs, withoutOutputs } from '../../protocols/devices/shared/drivableOutputs.js';

const config = createDeviceConfig(builtinProtocolConfigs());

/** Every endpoint any of the protocol's specifiers names: what a connected device would offer. */
const endpointsOf = (protocol: (typeof builtinProtocols)[number]): Endpoint[] => [
  ...new Set(
    protocol.config.communication.flatMap((specifier) =>
      'services' in specifier && specifier.services
        ? Object.values(specifier.services).flatMap((endpoints) => Object.keys(endpoints) as Endpoint[])
        : [],
    ),
  ),
];

const everyModel = builtinProtocols.flatMap((protocol) => {
  const models = [protocol.config.defaults, ...protocol.config.configurations];
  return models.map((model, i) => {
    const identifier = i === 0 ? undefined : model.identifiers[0];
    const resolution = resolveDevice(config, {
      protocol: protocol.name,
      ...(identifier !== undefined ? { identifier } : {}),
      address: `DB-${protocol.name}-${i}`,
    });
    return { protocol, model, identifier, definition: resolution?.device };
  });
});

describe('the built-in device database, model by model', () => {
  it('walks hundreds of models', () => {
    expect(everyModel.length).toBeGreaterThan(400);
  });

  it('every model resolves, stops as advertised, and keeps something to drive or read', () => {
    const leftOut: string[] = [];
    const problems: string[] = [];
    for (const { protocol, model, identifier, definition } of everyModel) {
      const where = `${protocol.name} / ${model.name}`;
      if (!definition) {
        problems.push(`${where}: does not resolve`);
        continue;
      }
      const declared: ProtocolDevice = {
        definition,
        ...(identifier !== undefined ? { identifier } : {}),
        hardwareName: identifier ?? model.name,
        endpoints: endpointsOf(protocol),
      };
      const state = protocol.createState(declared);
      const left = undrivableOutputs(protocol, state, declared);
      for (const entry of left) leftOut.push(`${where}: feature ${entry.featureIndex} ${entry.type}`);
      const advertised = withoutOutputs(definition, left);
      const device = { ...declared, definition: advertised };
      const stop = protocol.encodeOutputs(state, advertised.features.flatMap(stopOutputs), device);
      if (!stop.ok) problems.push(`${where}: its stop is refused: ${stop.reason}`);
      const something = advertised.features.some(
        (feature) => feature.outputs.length > 0 || Object.keys(feature.inputs).length > 0,
      );
      if (!something && definition.features.length > 0) problems.push(`${where}: nothing left to drive or read`);
    }
    expect(problems).toEqual([]);
    // Both checked against buttplug-rs: its itoys and honeyplaybox handlers have no Constrict packet.
    expect(leftOut).toEqual([
      'honeyplaybox / Honey Play Box Kaipro: feature 1 Constrict',
      'itoys / iToys Lach: feature 1 Constrict',
    ]);
  });
});
