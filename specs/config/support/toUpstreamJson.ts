/** Writes our database shapes back as an upstream v4 device config file (tests only: round trips). */
import type {
  CommunicationSpecifier,
  FeatureDefinition,
  ModelDefinition,
  ProtocolConfig,
} from '../../../protocols/config/deviceDefinitions.js';

const snake = (pascal: string) => pascal.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();

const specifierJson = (specifier: CommunicationSpecifier): unknown => {
  switch (specifier.transport) {
    case 'btle':
      return {
        btle: {
          names: specifier.names,
          ...(specifier.manufacturerData ? { manufacturer_data: specifier.manufacturerData } : {}),
          ...(specifier.advertisedServices ? { advertised_services: specifier.advertisedServices } : {}),
          services: specifier.services,
        },
      };
    case 'serial': {
      const { port, baudRate, dataBits, stopBits, parity } = specifier;
      return { serial: { port, baud_rate: baudRate, data_bits: dataBits, stop_bits: stopBits, parity } };
    }
    case 'hid':
    case 'usb':
      return {
        [specifier.transport]: {
          pairs: specifier.pairs.map((p) => ({ vendor_id: p.vendorId, product_id: p.productId })),
        },
      };
    case 'websocket':
      return { websocket: { name: specifier.name } };
    case 'xinput':
      return { xinput: { exists: true } };
    case 'lovenseConnectService':
      return { lovense_connect_service: { exists: true } };
    case 'sdlGamepad':
      return { 'sdl-gamepad': { exists: true } };
    case 'simulated':
      return { simulated: { names: specifier.names } };
  }
};

const featureJson = (feature: FeatureDefinition): unknown => ({
  id: feature.id,
  index: feature.index,
  description: feature.description,
  ...(feature.output
    ? { output: Object.fromEntries(Object.entries(feature.output).map(([type, output]) => [snake(type), output])) }
    : {}),
  ...(feature.input
    ? { input: Object.fromEntries(Object.entries(feature.input).map(([type, input]) => [snake(type), input])) }
    : {}),
});

const modelJson = (model: ModelDefinition, withIdentifiers: boolean): unknown => ({
  id: model.id,
  name: model.name,
  ...(withIdentifiers ? { identifier: model.identifiers } : {}),
  features: model.features.map(featureJson),
  ...(model.protocolVariant !== undefined ? { protocol_variant: model.protocolVariant } : {}),
  ...(model.messageGapMs !== undefined ? { message_gap_ms: model.messageGapMs } : {}),
});

export const toUpstreamJson = (protocols: readonly ProtocolConfig[]): unknown => ({
  version: { major: 4, minor: 0 },
  protocols: Object.fromEntries(
    protocols.map((protocol) => [
      protocol.name,
      {
        communication: protocol.communication.map(specifierJson),
        defaults: modelJson(protocol.defaults, false),
        ...(protocol.configurations.length
          ? { configurations: protocol.configurations.map((m) => modelJson(m, true)) }
          : {}),
      },
    ]),
  ),
});
