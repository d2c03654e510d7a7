/* UDP packet counter for the P1 benchmark (the fast twin of sink.ts).
 * Node's dgram takes ~6 us a packet, so above ~120k packets/s the sink, not the mediasoup worker,
 * would set the plain-RTP limit. This reads with recvmmsg into 16-byte buffers (the RTP header is
 * all it needs; MSG_TRUNC still reports the real size). It never sleeps on the sockets: it drains
 * them every millisecond instead. A reader blocked on a loopback socket is woken by each packet,
 * and the kernel charges that wake-up to the sender: the mediasoup worker under test (a NIC
 * would not). Measured: ~25% more worker CPU at 1,600 plain consumers with a blocking reader.
 *   p1-sink <sockets> <rcvbuf-bytes>   prints "ports P1 P2 ...", then answers stdin lines:
 *   "snap ID" -> {"id":ID,"rtcp":N,"received":{"SSRC":[packets,bytes],...}}   "stop" or EOF -> exit
 * Binds 127.0.0.1 only; exits by itself after 15 minutes. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_SOCKS 64
#define BATCH 64
#define SLOTS 65536 /* open-addressing table of SSRCs; a run sees a few thousand */

static uint32_t keys[SLOTS];
static uint64_t pkts[SLOTS], bytes[SLOTS];
static unsigned char used[SLOTS];
static uint64_t rtcp;

static void count(const unsigned char *h, unsigned len) {
  if (len < 12) return;
  if (h[1] >= 200 && h[1] <= 206) { rtcp++; return; } /* RTCP (SR/RR/...) is not media */
  uint32_t ssrc = (uint32_t)h[8] << 24 | (uint32_t)h[9] << 16 | (uint32_t)h[10] << 8 | h[11];
  uint32_t i = (ssrc * 2654435761u) & (SLOTS - 1);
  while (used[i] && keys[i] != ssrc) i = (i + 1) & (SLOTS - 1);
  if (!used[i]) { used[i] = 1; keys[i] = ssrc; }
  pkts[i]++;
  bytes[i] += len;
}

static void snap(const char *id) {
  printf("{\"id\":%s,\"rtcp\":%llu,\"received\":{", id, (unsigned long long)rtcp);
  int first = 1;
  for (uint32_t i = 0; i < SLOTS; i++) {
    if (!used[i]) continue;
    printf("%s\"%u\":[%llu,%llu]", first ? "" : ",", keys[i], (unsigned long long)pkts[i], (unsigned long long)bytes[i]);
    first = 0;
  }
  printf("}}\n");
  fflush(stdout);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 8;
  int rcvbuf = argc > 2 ? atoi(argv[2]) : 4 << 20;
  if (n < 1 || n > MAX_SOCKS) return 2;
  alarm(15 * 60);
  int fds[MAX_SOCKS];
  printf("ports");
  for (int s = 0; s < n; s++) {
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    if (fd < 0) return 3;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
    setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof rcvbuf); /* above rmem_max as root */
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = 0 };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t al = sizeof a;
    if (bind(fd, (struct sockaddr *)&a, sizeof a) || getsockname(fd, (struct sockaddr *)&a, &al)) return 4;
    printf(" %u", ntohs(a.sin_port));
    fds[s] = fd;
  }
  printf("\n");
  fflush(stdout);
  struct pollfd in = { .fd = STDIN_FILENO, .events = POLLIN };

  static unsigned char buf[BATCH][16];
  struct iovec iov[BATCH];
  struct mmsghdr msg[BATCH];
  char line[256];
  size_t have = 0;
  for (;;) {
    for (int s = 0; s < n; s++) {
      for (;;) { /* drain this socket, a batch per syscall */
        for (int k = 0; k < BATCH; k++) {
          iov[k] = (struct iovec){ buf[k], sizeof buf[k] };
          memset(&msg[k].msg_hdr, 0, sizeof msg[k].msg_hdr);
          msg[k].msg_hdr.msg_iov = &iov[k];
          msg[k].msg_hdr.msg_iovlen = 1;
        }
        int got = recvmmsg(fds[s], msg, BATCH, MSG_DONTWAIT | MSG_TRUNC, NULL);
        if (got <= 0) break;
        for (int k = 0; k < got; k++) count(buf[k], msg[k].msg_len);
        if (got < BATCH) break;
      }
    }
    /* The 1 ms sleep: waits on stdin only, so no socket ever has a sleeper to wake. */
    if (poll(&in, 1, 1) > 0 && (in.revents & (POLLIN | POLLHUP))) {
      ssize_t r = read(STDIN_FILENO, line + have, sizeof line - 1 - have);
      if (r <= 0) return 0; /* the benchmark is gone */
      have += (size_t)r;
      line[have] = 0;
      char *nl;
      while ((nl = strchr(line, '\n'))) {
        *nl = 0;
        if (!strncmp(line, "snap ", 5)) snap(line + 5);
        else if (!strcmp(line, "stop")) return 0;
        have -= (size_t)(nl + 1 - line);
        memmove(line, nl + 1, have + 1);
      }
      if (have >= sizeof line - 1) have = 0; /* garbage without newline: drop it */
    }
  }
}
