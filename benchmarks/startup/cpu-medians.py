#!/usr/bin/env python3
"""Whole-process CPU time (user + system) of commands started in turn, as medians.

Usage: cpu-medians.py RUNS COMMAND [ARGS...] [';;' COMMAND [ARGS...]]...

Each round starts every command once, in the order given, so that load that comes and goes on a shared machine
weighs on all of them alike; two warm-up rounds are not counted. CPU time, unlike wall-clock time, is not inflated by
waiting for a core. Prints the median and quartiles per command, and the load averages at the end.
"""
import os
import statistics
import subprocess
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    runs = int(argv[1])
    commands, current = [], []
    for word in argv[2:]:
        if word == ";;":
            commands.append(current)
            current = []
        else:
            current.append(word)
    commands.append(current)

    times = [[] for _ in commands]
    for round_ in range(runs + 2):
        for index, command in enumerate(commands):
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            if status != 0:
                print(f"{' '.join(command)} exited with status {status}", file=sys.stderr)
                return 1
            if round_ >= 2:
                times[index].append((usage.ru_utime + usage.ru_stime) * 1000)

    for command, samples in zip(commands, times):
        samples.sort()
        print(f"{statistics.median(samples):7.1f} ms  (quartiles {samples[len(samples) // 4]:.1f}, {samples[3 * len(samples) // 4]:.1f})  {' '.join(command)}")
    print("load averages at the end: %.1f %.1f %.1f" % os.getloadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
