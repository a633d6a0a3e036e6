"""Executes notebooks headless with nbclient and reports every problem.

Usage (run by scripts/run-notebooks.mjs, which sets JUPYTER_PATH etc.):
    /usr/bin/python3 scripts/execute-notebooks.py --kernel NAME --out-dir DIR NB.ipynb...

Each notebook runs in its own kernel whose working directory is the notebook's
folder (so `import ... from 'market-reaction'` resolves like a user's script);
the executed copy is written to DIR/<name>.ipynb and whatever the kernel process
itself writes to its stdout/stderr to DIR/<name>.ipynb.kernel.log. The originals are
never modified.

Prints one JSON object: {"notebooks": [{"name", "path", "seconds", "problems":
[{"cell", "kind", "message"}]}]}. A problem is an error output, text on stderr
(tslab prints TypeScript compile errors and uncaught exceptions there), a cell
whose execute_reply status is not "ok", or the kernel failing (dead, timed out).
Cell numbers are 1-based over all cells.
"""
import argparse
import asyncio
import atexit
import json
import os
import signal
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError


# Kernels this process started and has not seen exit: killed on any way out (normal
# end, timeout, exception, SIGTERM/SIGINT), and listed in OUT_DIR/kernels.pid so the
# caller can kill them even if this process is killed with SIGKILL.
KERNEL_PIDS = set()
PID_FILE = None


def write_pid_file():
    if PID_FILE:
        with open(PID_FILE, "w") as handle:
            handle.write("".join("{}\n".format(pid) for pid in sorted(KERNEL_PIDS)))


def kill_kernels(*_):
    for pid in list(KERNEL_PIDS):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
        KERNEL_PIDS.discard(pid)
    write_pid_file()


def on_signal(signum, _frame):
    kill_kernels()
    sys.exit(128 + signum)


def kernel_pid(client):
    provisioner = getattr(client.km, "provisioner", None)
    process = getattr(provisioner, "process", None)
    return getattr(provisioner, "pid", None) or getattr(process, "pid", None)


def cell_problems(index, cell, status):
    problems = []
    stderr = []
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "error":
            message = "{}: {}".format(output.get("ename", "Error"), output.get("evalue", ""))
            problems.append({"cell": index, "kind": "error", "message": message})
        elif kind == "stream" and output.get("name") == "stderr":
            stderr.append(output.get("text", ""))
    if stderr:
        problems.append({"cell": index, "kind": "stderr", "message": "".join(stderr).strip()})
    if status not in (None, "ok") and not problems:
        problems.append({"cell": index, "kind": "status", "message": "execute_reply status " + status})
    return problems


async def execute(path, kernel, out_dir, timeout, notebook_timeout):
    notebook = nbformat.read(path, as_version=4)
    statuses = {}
    running = {"cell": None}

    def on_cell_execute(cell, cell_index):
        running["cell"] = cell_index

    def on_notebook_start(notebook):
        pid = kernel_pid(client)
        if pid:
            running["pid"] = pid
            KERNEL_PIDS.add(pid)
            write_pid_file()

    def on_cell_executed(cell, cell_index, execute_reply):
        statuses[cell_index] = execute_reply.get("content", {}).get("status")

    client = NotebookClient(
        notebook,
        kernel_name=kernel,
        timeout=timeout,
        shutdown_kernel="immediate",
        allow_errors=True,
        record_timing=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
        on_cell_execute=on_cell_execute,
        on_cell_executed=on_cell_executed,
        on_notebook_start=on_notebook_start,
    )
    started = time.monotonic()
    problems = []
    try:
        # A cell longer than `timeout` raises CellTimeoutError; a notebook longer than
        # `notebook_timeout` is cancelled. Either way nbclient shuts the kernel down on the
        # way out, and the finally below kills it if it is still alive.
        # The kernel's own stdout and stderr go to a log file, never to ours: a Node kernel
        # sets the pipes it inherits to non-blocking (Node 22 and 24 do), which is the same
        # open pipe as this process's stdout, and then our JSON report lost its middle.
        with open(os.path.join(out_dir, os.path.basename(path) + ".kernel.log"), "wb") as log:
            await asyncio.wait_for(client.async_execute(stdout=log, stderr=log), notebook_timeout)
    except (Exception, asyncio.TimeoutError) as error:  # a dead or hung kernel: report it with the cell it was running
        cell = running["cell"] + 1 if running["cell"] is not None else 0
        whole = isinstance(error, asyncio.TimeoutError) and not isinstance(error, CellTimeoutError)
        message = "notebook took longer than {} s".format(notebook_timeout) if whole else "{}: {}".format(type(error).__name__, error)
        problems.append({"cell": cell, "kind": "kernel", "message": message})
    finally:
        pid = running.get("pid")
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)  # normally already gone: nbclient shut it down
            except OSError:
                pass
            KERNEL_PIDS.discard(pid)
            write_pid_file()
    seconds = round(time.monotonic() - started, 1)

    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            problems.extend(cell_problems(index + 1, cell, statuses.get(index)))
    name = os.path.basename(path)
    out_path = os.path.join(out_dir, name)
    nbformat.write(notebook, out_path)
    return {"name": name, "path": out_path, "seconds": seconds, "problems": problems, "kernel_pid": running.get("pid")}


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--timeout", type=int, default=60, help="seconds per cell")
    parser.add_argument("--notebook-timeout", type=int, default=300, help="seconds per notebook")
    parser.add_argument("--jobs", type=int, default=max(2, os.cpu_count() or 2), help="kernels at a time")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    global PID_FILE
    PID_FILE = os.path.join(args.out_dir, "kernels.pid")
    atexit.register(kill_kernels)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    # Notebooks are independent: run their kernels side by side, a few at a time
    # (each tslab kernel holds a TypeScript compiler and the toolkit in memory).
    slots = asyncio.Semaphore(args.jobs)

    async def run(path):
        async with slots:
            return await execute(path, args.kernel, args.out_dir, args.timeout, args.notebook_timeout)

    reports = await asyncio.gather(*(run(path) for path in args.notebooks))
    import resource
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of the kernels this process started and waited for (user + system), for benchmarks.
    json.dump({"notebooks": reports, "kernel_cpu_seconds": round(children.ru_utime + children.ru_stime, 2)}, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    asyncio.run(main())
