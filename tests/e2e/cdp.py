"""A small Chrome DevTools Protocol driver for the browser tests, standard library only.

Headless Chromium is started with --remote-debugging-pipe: it reads commands from fd 3 and
writes replies and events to fd 4, each message JSON followed by a NUL byte. No websocket,
no port, nothing to install but Chromium itself.

    with Browser() as browser:          # always kills Chromium, also on exceptions
        browser.navigate("file:///tmp/page.html")
        browser.click(*browser.center_of("#zoom-in"))
        assert browser.evaluate("document.title") == "..."
        assert not browser.errors           # console errors and uncaught exceptions

Input goes through Input.dispatchMouseEvent/dispatchKeyEvent/insertText: real events that
the page cannot tell from a user's (trusted, with hit-testing, focus and default actions).
Every wait has a timeout (CdpError when it runs out).
"""

import base64
import fcntl
import json
import os
import queue
import shutil
import signal
import subprocess
import tempfile
import threading
import time

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

# key name -> (code, windowsVirtualKeyCode, text)
_KEYS = {
    "Enter": ("Enter", 13, "\r"),
    "Tab": ("Tab", 9, ""),
    "Escape": ("Escape", 27, ""),
    "Backspace": ("Backspace", 8, ""),
    " ": ("Space", 32, " "),
    "+": ("NumpadAdd", 107, "+"),
    "-": ("Minus", 189, "-"),
    "=": ("Equal", 187, "="),
    "0": ("Digit0", 48, "0"),
    "ArrowLeft": ("ArrowLeft", 37, ""),
    "ArrowUp": ("ArrowUp", 38, ""),
    "ArrowRight": ("ArrowRight", 39, ""),
    "ArrowDown": ("ArrowDown", 40, ""),
    "Home": ("Home", 36, ""),
    "End": ("End", 35, ""),
    "PageUp": ("PageUp", 33, ""),
    "PageDown": ("PageDown", 34, ""),
}


class CdpError(Exception):
    """A protocol error, a timeout, a script exception or a browser that went away."""


class Browser:
    """One headless Chromium with one page target attached (flat session)."""

    def __init__(self, width=1280, height=900, timeout=30.0, chromium=CHROMIUM, extra_args=()):
        self.width, self.height = width, height
        self.timeout = timeout
        self.chromium = chromium
        self.extra_args = list(extra_args)
        self.proc = None
        self.profile = None
        self.session = None
        self.errors = []      # console errors, uncaught exceptions, log entries of level error
        self.events = []      # every event not waited for, in order: (method, params, sessionId)
        self._next_id = 0
        self._replies = {}
        self._inbox = queue.Queue()
        self._write_fd = None
        self._read_fd = None
        self._reader = None
        self._stderr = None

    # --- life cycle -------------------------------------------------------------------

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        try:
            self._launch()
            self._attach()
        except BaseException:
            self.stop()
            raise
        return self

    def _launch(self):
        self.profile = tempfile.mkdtemp(prefix="coopnet-cdp-")
        # Two pipes: Chromium reads commands from to_browser_r (its fd 3), writes to
        # from_browser_w (its fd 4). The child ends go above fd 10 first so that the dup2 to
        # 3 and 4 cannot clobber one another.
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        child_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_browser_r)
        os.close(from_browser_w)

        def arrange_fds():  # runs in the child before the other fds are closed
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        args = [
            self.chromium, "--headless", "--no-sandbox", "--disable-gpu",
            "--remote-debugging-pipe", "--user-data-dir=" + self.profile,
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            "--window-size=%d,%d" % (self.width, self.height),
        ] + self.extra_args + ["about:blank"]
        self._stderr = tempfile.TemporaryFile()
        try:
            self.proc = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr,
                pass_fds=(3, 4), preexec_fn=arrange_fds, start_new_session=True)
        finally:
            os.close(child_r)
            os.close(child_w)
        self._write_fd = to_browser_w
        self._read_fd = from_browser_r
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    def stop(self):
        """Closes the browser: Browser.close, then SIGKILL to its process group if it lingers."""
        proc, self.proc = self.proc, None
        if proc is not None:
            if proc.poll() is None and self._write_fd is not None:
                try:
                    self._write({"id": 999999999, "method": "Browser.close"})
                    proc.wait(timeout=3)
                except Exception:
                    pass
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
            else:
                # the browser may have left helpers (zygote, renderer) in its group
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
        for name in ("_write_fd", "_read_fd"):
            fd = getattr(self, name)
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
                setattr(self, name, None)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None

    def browser_log(self, limit=4000):
        """The tail of Chromium's standard error (for failure messages)."""
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")[-limit:]

    # --- the pipe ----------------------------------------------------------------------

    def _read_loop(self):
        buffer = b""
        while True:
            try:
                chunk = os.read(self._read_fd, 1 << 16)
            except (OSError, TypeError):
                chunk = b""
            if not chunk:
                self._inbox.put(None)  # the browser closed its end
                return
            buffer += chunk
            while b"\0" in buffer:
                message, buffer = buffer.split(b"\0", 1)
                try:
                    self._inbox.put(json.loads(message.decode("utf-8")))
                except ValueError:
                    self._inbox.put({"method": "cdp.unparsable", "params": {"text": message[:200]}})

    def _write(self, message):
        data = json.dumps(message).encode("utf-8") + b"\0"
        while data:
            written = os.write(self._write_fd, data)
            data = data[written:]

    def _dispatch(self, message):
        if message is None:
            raise CdpError("the browser closed the pipe\n" + self.browser_log())
        if "id" in message:
            self._replies[message["id"]] = message
            return
        method, params = message.get("method"), message.get("params", {})
        self.events.append((method, params, message.get("sessionId")))
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.errors.append("console.%s: %s" % (params["type"], text))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append("uncaught: " + _describe_exception(details))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") == "error":
                self.errors.append("log (%s): %s %s" % (entry.get("source"), entry.get("text"),
                                                        entry.get("url", "")))

    def _pump(self, deadline):
        """Handles one message; False when the deadline passed first."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        try:
            message = self._inbox.get(timeout=remaining)
        except queue.Empty:
            return False
        self._dispatch(message)
        return True

    def drain(self, seconds=0.0):
        """Handles what has arrived, and for `seconds` more what arrives."""
        while True:
            try:
                message = self._inbox.get_nowait()
            except queue.Empty:
                break
            self._dispatch(message)
        deadline = time.monotonic() + seconds
        while self._pump(deadline):
            pass

    def send(self, method, params=None, session=True, timeout=None):
        """Sends a command and returns its result. session=True: the attached page;
        None: the browser; a string: that session."""
        if self.proc is None:
            raise CdpError("the browser is not running")
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        session_id = self.session if session is True else session
        if session_id:
            message["sessionId"] = session_id
        self._write(message)
        deadline = time.monotonic() + (timeout or self.timeout)
        while self._next_id not in self._replies:
            if not self._pump(deadline):
                raise CdpError("no reply to %s within %ss" % (method, timeout or self.timeout))
        reply = self._replies.pop(self._next_id)
        if "error" in reply:
            raise CdpError("%s: %s" % (method, reply["error"].get("message", reply["error"])))
        return reply.get("result", {})

    def wait_event(self, method, predicate=None, timeout=None, since=0):
        """Returns the params of the first event `method` (from index `since` of self.events
        on) that satisfies predicate; waits for it."""
        deadline = time.monotonic() + (timeout or self.timeout)
        index = since
        while True:
            while index < len(self.events):
                name, params, _ = self.events[index]
                index += 1
                if name == method and (predicate is None or predicate(params)):
                    return params
            if not self._pump(deadline):
                raise CdpError("no %s within %ss" % (method, timeout or self.timeout))

    # --- the page ----------------------------------------------------------------------

    def _attach(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=None)
        attached = self.send("Target.attachToTarget",
                             {"targetId": target["targetId"], "flatten": True}, session=None)
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(domain + ".enable")
        self.set_viewport(self.width, self.height)

    def navigate(self, url, timeout=None):
        """Loads url and waits for its load event."""
        mark = len(self.events)
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise CdpError("navigate %s: %s" % (url, result["errorText"]))
        self.wait_event("Page.loadEventFired", timeout=timeout, since=mark)

    def evaluate(self, expression, timeout=None):
        """The value of a JavaScript expression (promises awaited); CdpError on an exception."""
        result = self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True,
            "userGesture": True}, timeout=timeout)
        if "exceptionDetails" in result:
            raise CdpError("evaluate %r: %s" % (expression[:200],
                                                 _describe_exception(result["exceptionDetails"])))
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout=5.0, interval=0.05):
        """Waits until the expression is truthy; returns its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise CdpError("timed out waiting for: " + expression)
            self.drain(interval)

    def settle(self, frames=2):
        """Waits for `frames` animation frames, so that what input changed is drawn."""
        self.evaluate("new Promise(r => { let n = %d; const f = () => --n > 0 ? "
                      "requestAnimationFrame(f) : r(true); requestAnimationFrame(f); })" % frames)

    def set_viewport(self, width, height, scale=1):
        self.width, self.height = width, height
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": scale, "mobile": False})

    def emulate_media(self, media):
        """'print', 'screen' or '' (none)."""
        self.send("Emulation.setEmulatedMedia", {"media": media})

    def screenshot(self, path, full_page=False):
        params = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params, timeout=60)["data"]
        with open(path, "wb") as out:
            out.write(base64.b64decode(data))
        return path

    def center_of(self, selector):
        """The viewport coordinates of the middle of the first element matching selector
        (scrolled into view first); CdpError when there is none or it has no size."""
        box = self.evaluate("""(() => {
            const e = document.querySelector(%s);
            if (!e) return null;
            e.scrollIntoView({block: 'center', inline: 'center'});
            const r = e.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2, r.width, r.height];
        })()""" % json.dumps(selector))
        if box is None:
            raise CdpError("no element matches " + selector)
        if box[2] <= 0 and box[3] <= 0:
            raise CdpError("the element %s has no size (hidden?)" % selector)
        return box[0], box[1]

    # --- real input --------------------------------------------------------------------

    def _mouse(self, kind, x, y, **extra):
        params = {"type": kind, "x": x, "y": y}
        params.update(extra)
        self.send("Input.dispatchMouseEvent", params)

    def move(self, x, y):
        self._mouse("mouseMoved", x, y)

    def click(self, x, y, click_count=1):
        self._mouse("mouseMoved", x, y)
        self._mouse("mousePressed", x, y, button="left", buttons=1, clickCount=click_count)
        self._mouse("mouseReleased", x, y, button="left", buttons=0, clickCount=click_count)

    def click_selector(self, selector):
        x, y = self.center_of(selector)
        self.click(x, y)
        return x, y

    def wheel(self, x, y, delta_y, delta_x=0):
        self._mouse("mouseMoved", x, y)
        self._mouse("mouseWheel", x, y, deltaX=delta_x, deltaY=delta_y)

    def drag(self, x0, y0, x1, y1, steps=8):
        self._mouse("mouseMoved", x0, y0)
        self._mouse("mousePressed", x0, y0, button="left", buttons=1, clickCount=1)
        for i in range(1, steps + 1):
            self._mouse("mouseMoved", x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps,
                        button="left", buttons=1)
        self._mouse("mouseReleased", x1, y1, button="left", buttons=0, clickCount=1)

    def type_text(self, text):
        """Inserts text at the focus as typing would (input events, not key by key)."""
        self.send("Input.insertText", {"text": text})

    def press_key(self, key, modifiers=0):
        """Presses and releases a key: Enter, Tab, Escape, Backspace, space, + - = 0, the
        arrows, Home, End, PageUp, PageDown, or any other single character."""
        if key in _KEYS:
            code, vk, text = _KEYS[key]
        elif len(key) == 1:
            code = ("Key" + key.upper()) if key.isalpha() else ("Digit" + key if key.isdigit() else "")
            vk, text = ord(key.upper()), key
        else:
            raise CdpError("unknown key " + key)
        down = {"type": "keyDown" if text else "rawKeyDown", "key": key, "code": code,
                "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk, "modifiers": modifiers}
        if text:
            down["text"] = down["unmodifiedText"] = text
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", {
            "type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk,
            "nativeVirtualKeyCode": vk, "modifiers": modifiers})


def _describe_exception(details):
    exception = details.get("exception") or {}
    text = exception.get("description") or details.get("text", "")
    where = "%s:%s" % (details.get("url", ""), details.get("lineNumber", ""))
    return "%s (%s)" % (text, where)
