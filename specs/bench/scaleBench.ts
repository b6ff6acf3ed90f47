/**
 * Scale: an engine with 1,000 simulated Lovense Edges. How long from StartScanning until a client has all
 * of them listed (baseline: one round trip of a frame as large as the final DeviceList through the
 * minimal server, what the wire alone costs), the DeviceList bytes the client got on the way (baseline:
 * the final list's bytes; linear traffic keeps this ratio small), RequestDeviceList of 1,000 devices
 * (baseline: the minimal server answering the same text), and the heap per device of a second engine
 * built in the same host after the timed scan (so compiling what a device runs is not counted).
 */
import { performance } from 'node:perf_hooks';
import { median, type Figure } from './figures.js';
import type { HostProcess } from './hostProcess.js';
import { WireClient } from './wireClient.js';

const deviceCount = (message: Record<string, Record<string, unknown>>): number | undefined => {
  const list = message['DeviceList'];
  return list ? Object.keys(list['Devices'] as object).length : undefined;
};

const roundTrips = async (client: WireClient, name: string, count: number): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await client.request(name);
    times.push(performance.now() - started);
  }
  return median(times);
};

export const measureScale = async (
  engineHost: HostProcess<{ url: string }>,
  minimalHost: HostProcess<{ url: string }>,
  { devices, roundTripCount }: { devices: number; roundTripCount: number },
): Promise<{ figures: Figure[]; heapPerDevice: number }> => {
  const client = await WireClient.open(engineHost.ready.url);
  let listBytes = 0;
  let lists = 0;
  let finalListBytes = 0;
  const stopCounting = client.watch((message, _at, bytes) => {
    if (!('DeviceList' in message)) return;
    lists++;
    listBytes += bytes;
    finalListBytes = bytes;
  });
  const all = client.until((message) => deviceCount(message) === devices, 120_000);
  const started = performance.now();
  await client.request('StartScanning');
  const { at, message: finalList } = await all;
  stopCounting();
  const listed = at - started;

  const requestList = await roundTrips(client, 'RequestDeviceList', roundTripCount);

  // The baseline: the same list text, answered by the minimal server.
  const text = JSON.stringify(finalList);
  await minimalHost.ask('setDeviceList', text);
  const wire = await WireClient.open(minimalHost.ready.url, false);
  const wireTrip = await roundTrips(wire, 'RequestDeviceList', roundTripCount);
  await wire.close();
  await client.close();
  const heapPerDevice = await engineHost.ask<number>('deviceHeap', devices);

  return {
    heapPerDevice,
    figures: [
      {
        name: `Scale: ${devices} simulated devices listed after StartScanning (baseline: one round trip of the final DeviceList's bytes)`,
        baseline: { value: wireTrip, unit: 'ms' },
        measured: { value: listed, unit: 'ms' },
        better: 'lower',
        target: { on: 'measured', op: '<=', at: 1_000 },
      },
      {
        name: `Scale: DeviceList bytes a client gets while ${devices} devices are added (baseline: the final list)`,
        baseline: { value: finalListBytes, unit: 'B' },
        measured: { value: listBytes, unit: 'B' },
        better: 'lower',
      },
      {
        name: `Scale: DeviceList messages a client gets while ${devices} devices are added (baseline: one)`,
        baseline: { value: 1, unit: '' },
        measured: { value: lists, unit: '' },
        better: 'lower',
      },
      {
        name: `Scale: RequestDeviceList of ${devices} devices, round trip (baseline: the same text from the minimal server)`,
        baseline: { value: wireTrip, unit: 'ms' },
        measured: { value: requestList, unit: 'ms' },
        better: 'lower',
        target: { on: 'measured', op: '<', at: 10 },
      },
    ],
  };
};
