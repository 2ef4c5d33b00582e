#!/usr/bin/env python3
"""A run killed while it writes `-o FILE` leaves the earlier FILE as it was
and no temporary file behind: killed by SIGKILL (nothing of lkip runs: the
output is an unnamed O_TMPFILE file until complete), by SIGTERM and by
SIGINT (the signal handler removes what it named).

    kill_during_write.py LKIP

The writing is made long by a large tabulate output: a register of 200,000
people grouped by their unique NIK, written as XLSX and CSV. lkip is killed
once it holds its output file open, so the kill lands during the write."""
import os
import pathlib
import random
import signal
import subprocess
import sys
import tempfile
import time

LKIP = os.path.realpath(sys.argv[1])
EARLIER = b"the earlier file\n"


def make_register(path, rows):
    rng = random.Random(6)
    with open(path, "w") as out:
        out.write("nik,kecamatan,umur\n")
        for i in range(rows):
            out.write(f"32751{i:011d},K{rng.randrange(12)},{rng.randrange(90)}\n")


def output_open(pid, folder):
    """Whether process `pid` holds a file in `folder` open for its output."""
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            # The unnamed O_TMPFILE file shows as "FOLDER/#123 (deleted)";
            # where O_TMPFILE is missing, lkip names it ".NAME.lkip-XXXXXX".
            if target.startswith(str(folder) + "/") and (target.endswith(" (deleted)") or ".lkip-" in target):
                return True
    except FileNotFoundError:
        pass
    return False


def killed_while_writing(folder, register, output, how):
    """Runs tabulate to `output`, kills it with `how` once it writes; returns
    a failure text or None."""
    output.write_bytes(EARLIER)
    process = subprocess.Popen([LKIP, "tabulate", str(register), "--by", "nik", "--jobs", "1", "-o", str(output)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    while process.poll() is None and not output_open(process.pid, folder):
        if time.monotonic() > deadline:
            process.kill()
            return "lkip never opened its output"
        time.sleep(0.001)
    time.sleep(0.05)  # well into the write
    if process.poll() is not None:
        return f"lkip finished before it could be killed (exit {process.returncode}): make the register larger"
    process.send_signal(how)
    process.wait()
    if process.returncode != -how and process.returncode != 128 + how:
        return f"lkip exited {process.returncode} after signal {how}"
    if output.read_bytes() != EARLIER:
        return f"{output.name} changed although the run was killed"
    left = sorted(p.name for p in folder.iterdir() if p.name not in (register.name, output.name))
    if left:
        return f"files left behind: {left}"
    return None


def main():
    failures = []
    with tempfile.TemporaryDirectory() as name:
        folder = pathlib.Path(name).resolve()
        register = folder / "penduduk.csv"
        make_register(register, 200_000)
        for suffix in ("xlsx", "csv"):
            for how in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
                failure = killed_while_writing(folder, register, folder / f"out.{suffix}", how)
                label = f"out.{suffix}, {signal.Signals(how).name}"
                print(f"{label}: {failure or 'earlier file intact, nothing left behind'}")
                if failure:
                    failures.append(label)
                (folder / f"out.{suffix}").unlink()
    if failures:
        print("FAILED:", ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
