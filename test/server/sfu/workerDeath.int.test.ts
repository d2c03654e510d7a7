// A media worker that dies is replaced; its rooms' participants are told to reconnect, and can.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import { preparePeer, type ScriptedPeer } from '../../helpers/peer';
import { startTestServer } from '../../helpers/server';

let server: RunningServer;
const peers: ScriptedPeer[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const p of peers.splice(0)) p.close();
  await server.close();
});

it('replaces a killed worker and asks the room to reconnect without crashing', async () => {
  const ana = await preparePeer(server, 'steady-room', { name: 'Ana' });
  peers.push(ana);
  await ana.join();
  const oldPid = server.pool.list()[0]!.worker.pid;
  const replaced = new Promise((resolve) => server.pool.once('replaced', resolve));
  const told = ana.next('room:reconnect');

  process.kill(oldPid, 'SIGKILL');

  expect(await told).toEqual({ reason: 'media_server_restarted' });
  await replaced;
  const slot = server.pool.list()[0]!;
  expect(slot.worker.pid).not.toBe(oldPid);
  expect(server.rooms.list()).toEqual([]);

  const health = await fetch(`${server.url}/healthz`).then((r) => r.json());
  expect(health).toMatchObject({ status: 'ok', workers: [{ index: 0, up: true }] });

  // The same connection can open the room again on the new worker.
  await ana.call('room:prepare', { roomId: 'steady-room' });
  await ana.call('transport:create', { direction: 'send' });
  expect(slot.routers).toBe(1);
});
