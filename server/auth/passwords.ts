// Account passwords: scrypt with a per-user salt, stored with its parameters (PHC-style string)
// so the cost can rise later without breaking existing hashes.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** 2^15 × r=8 needs 32 MiB per hash: slow for a guesser, ~0.1 s for us. */
const COST_LOG2 = 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Parameters read from stored hashes stay inside these, so a bad row cannot exhaust memory. */
const MAX_COST_LOG2 = 20;
const MAX_BLOCK_SIZE = 16;
const MAX_PARALLELISM = 4;

interface Params {
  ln: number;
  r: number;
  p: number;
}

function scrypt(password: string, salt: Buffer, keylen: number, { ln, r, p }: Params): Promise<Buffer> {
  const N = 2 ** ln;
  // Node refuses above 32 MiB by default, which N=2^15, r=8 just exceeds (128·N·r plus overhead).
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

function encode(params: Params, salt: Buffer, key: Buffer): string {
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

function decode(encoded: string): { params: Params; salt: Buffer; key: Buffer } | undefined {
  const m = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/.exec(encoded);
  if (!m) return undefined;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.ln < 1 || params.ln > MAX_COST_LOG2 || params.r < 1 || params.r > MAX_BLOCK_SIZE || params.p < 1 || params.p > MAX_PARALLELISM) {
    return undefined;
  }
  const salt = Buffer.from(m[4]!, 'base64url');
  const key = Buffer.from(m[5]!, 'base64url');
  if (salt.length < 8 || key.length < 16) return undefined;
  return { params, salt, key };
}

export async function hashPassword(password: string): Promise<string> {
  const params = { ln: COST_LOG2, r: BLOCK_SIZE, p: PARALLELISM };
  const salt = randomBytes(SALT_BYTES);
  return encode(params, salt, await scrypt(password, salt, KEY_BYTES, params));
}

// A real hash of a password nobody knows: checking against it costs what a real check costs.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomBytes(32).toString('base64url')));

/**
 * Whether `password` matches `encoded`. Given undefined (no account with that email), it still
 * runs a full scrypt against a dummy hash and answers false, so the answer takes as long either
 * way and timing does not reveal which emails have accounts.
 */
export async function verifyPassword(password: string, encoded: string | undefined): Promise<boolean> {
  const stored = decode(encoded ?? (await dummy()));
  if (!stored) {
    await verifyPassword(password, undefined); // same cost for a corrupt row as for a real one
    return false;
  }
  const key = await scrypt(password, stored.salt, stored.key.length, stored.params);
  return encoded !== undefined && timingSafeEqual(key, stored.key);
}
