// Readers for /proc and taskset: CPU time of a process, machine facts, and core pinning.
// The benchmark's CPU figure comes from /proc/<pid>/stat because it counts kernel time too:
// on loopback about half of the worker's cost is the kernel sending its UDP packets.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** Kernel clock ticks per second, the unit of utime/stime in /proc/<pid>/stat. */
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** utime + stime of every thread of a process, in seconds; 0 once the process is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces, so fields are counted from after its ')'.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

export interface CpuMark {
  at: number;
  seconds: number;
}

export function cpuMark(pid: number): CpuMark {
  return { at: performance.now(), seconds: cpuSeconds(pid) };
}

/** Share of one core that the process used between two marks, in percent. */
export function cpuPercent(a: CpuMark, b: CpuMark): number {
  const wall = (b.at - a.at) / 1000;
  return wall > 0 ? Math.round(((b.seconds - a.seconds) / wall) * 1000) / 10 : 0;
}

export interface CoreMark {
  busy: number;
  /** irq + softirq: on loopback this is mostly delivering the worker's packets to the sink. */
  soft: number;
  total: number;
}

/** Jiffies one core spent busy (anything but idle and iowait) and in total, from /proc/stat. */
export function coreMark(core: number): CoreMark {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${core} `)) ?? '';
  // user nice system idle iowait irq softirq steal (guest time is already inside user)
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - (v[3] ?? 0) - (v[4] ?? 0), soft: (v[5] ?? 0) + (v[6] ?? 0), total };
}

/** How busy the core was between two marks, in percent (with or without irq/softirq time). */
export function coreBusyPercent(a: CoreMark, b: CoreMark, withSoftirq = true): number {
  const t = b.total - a.total;
  const busy = b.busy - a.busy - (withSoftirq ? 0 : b.soft - a.soft);
  return t > 0 ? Math.round((busy / t) * 1000) / 10 : 0;
}

/** System-wide UDP receive-buffer overflows: where packets go when a reader falls behind. */
export function udpRcvbufErrors(): number {
  const lines = fs.readFileSync('/proc/net/snmp', 'utf8').split('\n').filter((l) => l.startsWith('Udp:'));
  const keys = (lines[0] ?? '').split(/\s+/);
  const vals = (lines[1] ?? '').split(/\s+/);
  const i = keys.indexOf('RcvbufErrors');
  return i > 0 ? Number(vals[i] ?? 0) : 0;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  kernel: string;
  node: string;
}

export function machineInfo(): MachineInfo {
  const m = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
  return { cpuModel: m?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, kernel: os.release(), node: process.version };
}

/** The cores a process may run on, as taskset prints them ("0-1", "1"). */
export function affinityOf(pid: number): string {
  const m = /Cpus_allowed_list:\s*(\S+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m?.[1] ?? '?';
}

/** Pin every thread of a process to the given cores (-a: libuv's threads too). */
export function pin(pid: number, cores: string): void {
  execFileSync('taskset', ['-a', '-cp', cores, String(pid)], { stdio: 'ignore' });
}

export function requireTaskset(): void {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
  } catch {
    throw new Error('p1: taskset not found; install util-linux (apt-get install -y util-linux)');
  }
}
