#!/usr/bin/env python3
"""A run killed while it writes `-o FILE` never leaves a partial FILE or a
temporary file: FILE is either the earlier one (killed before it was
complete) or the complete new one (killed after it was named), and the
folder holds nothing else. Killed by SIGKILL (nothing of lkip runs: the
output is an unnamed O_TMPFILE file until complete), by SIGTERM and by
SIGINT (the signal handler removes what it named).

    kill_during_write.py LKIP

The writing is made long by a large tabulate output: a register of 300,000
people grouped by their unique NIK, written as XLSX and CSV. lkip is killed
as soon as it holds its output file open. At least one kill must land
before the output is complete, or the test proves nothing and fails."""
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


def tabulate_to(register, output):
    return [LKIP, "tabulate", str(register), "--by", "nik", "--jobs", "1", "-o", str(output)]


def killed_while_writing(folder, register, output, complete, how):
    """Runs tabulate to `output`, kills it with `how` as soon as it writes.
    Returns (failure text or None, whether the kill landed before the
    output was complete)."""
    output.write_bytes(EARLIER)
    process = subprocess.Popen(tabulate_to(register, output), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    while process.poll() is None and not output_open(process.pid, folder):
        if time.monotonic() > deadline:
            process.kill()
            return "lkip never opened its output", False
        time.sleep(0.0005)
    if process.poll() is not None:
        return f"lkip finished before it could be killed (exit {process.returncode})", False
    process.send_signal(how)
    process.wait()
    if process.returncode != -how and process.returncode != 128 + how:
        return f"lkip exited {process.returncode} after signal {how}", False
    left = sorted(p.name for p in folder.iterdir()
                  if p.name not in (register.name, output.name) and not p.name.startswith("complete."))
    if left:
        return f"files left behind: {left}", False
    written = output.read_bytes()
    if written == EARLIER:
        return None, True
    if written == complete.read_bytes():
        return None, False
    return f"{output.name} is neither the earlier file nor the complete output ({len(written)} bytes)", False


def main():
    failures = []
    with tempfile.TemporaryDirectory() as name:
        folder = pathlib.Path(name).resolve()
        register = folder / "penduduk.csv"
        make_register(register, 300_000)
        killed_before_complete = 0
        for suffix in ("xlsx", "csv"):
            complete = folder / f"complete.{suffix}"
            subprocess.run(tabulate_to(register, complete), check=True)
            for how in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
                failure, before = killed_while_writing(folder, register, folder / f"out.{suffix}", complete, how)
                label = f"out.{suffix}, {signal.Signals(how).name}"
                outcome = "earlier file intact" if before else "killed once complete: the new file"
                print(f"{label}: {failure or outcome + ', nothing left behind'}")
                if failure:
                    failures.append(label)
                killed_before_complete += before
                (folder / f"out.{suffix}").unlink()
        if killed_before_complete == 0:
            failures.append("no kill landed before the output was complete: make the register larger")
    if failures:
        print("FAILED:", ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
