"""Ctrl-C during a long analysis raises KeyboardInterrupt within a couple of seconds, and
other Python threads run meanwhile (the analysis releases the GIL)."""

import os
import signal
import subprocess
import sys
import textwrap
import time

CHILD = textwrap.dedent("""
    import random, sys, threading, time
    import coopnet
    # A random graph whose weighted betweenness takes minutes on one thread.
    rng = random.Random(1)
    n, m = 40000, 160000
    lines = [f"{rng.randrange(n)} {rng.randrange(n)} {rng.randint(1, 5)}" for _ in range(m)]
    net = coopnet.loads("\\n".join(lines) + "\\n", "edgelist")
    # A Python thread that ticks every 10 ms: it runs only if analyze() releases the GIL.
    ticks = [0]
    def tick():
        while True:
            ticks[0] += 1
            time.sleep(0.01)
    threading.Thread(target=tick, daemon=True).start()
    print("started", flush=True)
    started = time.monotonic()
    try:
        coopnet.analyze(net, threads=1)
    except KeyboardInterrupt:
        print(f"KeyboardInterrupt after {time.monotonic() - started:.2f} s, "
              f"{ticks[0]} ticks", flush=True)
        sys.exit(42)
    print("finished", flush=True)
""")


def test_sigint_stops_a_long_analysis_with_keyboard_interrupt():
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert child.stdout.readline().strip() == "started", child.stderr.read()
        time.sleep(1.0)
        sent = time.monotonic()
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=30)
        elapsed = time.monotonic() - sent
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 42, (out, err)
    assert "KeyboardInterrupt" in out
    assert elapsed < 3.0, f"took {elapsed:.2f} s to stop"
    # About 100 ticks in the second before the signal: other threads ran meanwhile.
    assert int(out.split(" ticks")[0].rsplit(" ", 1)[1]) > 30, out


def test_the_next_analysis_after_an_interrupt_runs_normally():
    # The interrupt flag is cleared again: a later call in the same process is not stopped.
    import coopnet

    net = coopnet.loads("a b 1\nb c 1\n", "edgelist")
    assert coopnet.analyze(net).actors["degree"] == [1, 2, 1]
