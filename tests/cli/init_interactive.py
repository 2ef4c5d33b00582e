"""`lkip init` on a terminal asks for what the flags leave out, and takes
an empty answer as "none" (or the default shown); input that ends before
the last question is exit 2 with nothing written.

    init_interactive.py LKIP
"""
import json
import os
import pty
import sys
import tempfile
from pathlib import Path


def run_on_terminal(lkip, args, answers, cwd):
    """Runs lkip on a pseudo-terminal, typing each answer after its prompt.
    Returns (exit code, everything it printed)."""
    pid, terminal = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execv(lkip, [lkip, *args])
    printed = b""
    pending = list(answers)
    while True:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:
            break
        if not chunk:
            break
        printed += chunk
        # A prompt ends in ": " with no line break after it.
        while pending and printed.rstrip(b" ").endswith(b":") and not printed.endswith(b"\n"):
            answer = pending.pop(0)
            os.write(terminal, (answer + "\n").encode() if answer is not None else b"\x04")
            break
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), printed.decode("utf-8", "replace")


def main():
    lkip = os.path.realpath(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory(prefix="lkip-init-") as work:
        code, printed = run_on_terminal(
            lkip, ["init", "dinsos"], ["Dinas Sosial", "DINSOS", "Kabupaten Contoh", "2025-2029", "2026"], work)
        if code != 0:
            failures.append(f"interactive init exited {code}:\n{printed}")
        else:
            for prompt in ["Nama instansi", "Singkatan", "Pemerintah daerah", "Periode Renstra", "Tahun laporan ["]:
                if prompt not in printed:
                    failures.append(f"no prompt {prompt!r} in:\n{printed}")
            project = json.loads((Path(work) / "dinsos" / "lkip.json").read_text(encoding="utf-8"))
            expected = {"nama": "Dinas Sosial", "singkatan": "DINSOS", "pemda": "Kabupaten Contoh"}
            if project["instansi"] != expected or project["renstra"] != {"dari": 2025, "sampai": 2029} \
                    or project["tahun"] != 2026:
                failures.append(f"the answers did not reach lkip.json: {project['instansi']}, "
                                f"{project.get('renstra')}, {project['tahun']}")
        # Flags given are not asked again; empty answers leave pemda and Renstra out.
        code, printed = run_on_terminal(lkip, ["init", "pusat", "--instansi", "Badan Contoh", "--tahun", "2024"],
                                        ["", "", ""], work)
        if code != 0 or "Nama instansi" in printed or "Tahun laporan" in printed:
            failures.append(f"init with --instansi and --tahun asked for them or failed ({code}):\n{printed}")
        else:
            project = json.loads((Path(work) / "pusat" / "lkip.json").read_text(encoding="utf-8"))
            if project["instansi"] != {"nama": "Badan Contoh"} or "renstra" in project:
                failures.append(f"empty answers were not left out: {project['instansi']}, {project.get('renstra')}")
        # Input that ends (Ctrl-D) mid-way: exit 2, nothing written.
        code, printed = run_on_terminal(lkip, ["init", "setengah"], ["Dinas Setengah", None], work)
        if code != 2 or "masukan berakhir" not in printed or (Path(work) / "setengah").exists():
            failures.append(f"input ended mid-way: exit {code}, wrote {(Path(work) / 'setengah').exists()}:\n{printed}")
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        sys.exit(1)
    print("interactive init: all checks passed")


if __name__ == "__main__":
    main()
