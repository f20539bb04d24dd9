#!/usr/bin/env python3
# The disk under the data directory: 8 KiB writes, each followed by fdatasync, for N seconds; latency percentiles.
# Usage: bench/fsync-probe.py [seconds] [directory]   (what a durable commit costs at least, apart from PostgreSQL)
import os, time, sys
fd = os.open(os.path.join(sys.argv[2] if len(sys.argv) > 2 else '/tmp', 'fsync-probe.dat'), os.O_WRONLY | os.O_CREAT, 0o600)
lat = []
end = time.time() + float((sys.argv[1] if len(sys.argv) > 1 else '20'))
buf = b'x' * 8192
i = 0
while time.time() < end:
    os.pwrite(fd, buf, (i % 1024) * 8192); i += 1
    t = time.perf_counter(); os.fdatasync(fd); lat.append((time.perf_counter() - t) * 1000)
os.close(fd); os.unlink(os.path.join(sys.argv[2] if len(sys.argv) > 2 else '/tmp', 'fsync-probe.dat'))
lat.sort()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
print(f"{len(lat)} fdatasync of 8 KiB in {(sys.argv[1] if len(sys.argv) > 1 else '20')} s: p50 {p(0.5):.2f} ms, p99 {p(0.99):.2f} ms, p99.9 {p(0.999):.2f} ms, max {lat[-1]:.2f} ms")
