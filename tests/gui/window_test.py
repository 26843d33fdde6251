#!/usr/bin/env python3
"""Real-window tests of the loopscope app under Xvfb: screenshots, dump-state, a syntax error, keys, Ctrl+Q.

Run by ctest as: xvfb-run -a -s "-screen 0 1280x800x24" python3 window_test.py LOOPSCOPE SOURCE_DIR
"""
import difflib
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

LOOPSCOPE, SRC = sys.argv[1], sys.argv[2]
TMP = tempfile.mkdtemp(prefix="loopscope_gui_test_")
ENV = dict(os.environ, XDG_CONFIG_HOME=os.path.join(TMP, "config"))
FAILURES = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        FAILURES.append(message)


def run(args, env=ENV, timeout=60):
    return subprocess.run([LOOPSCOPE] + args, env=env, capture_output=True, text=True, timeout=timeout)


class App:
    """One app process driven with xdotool. The app saves an F12 screenshot at the end of a frame,
    so waiting for the file is a barrier: every key sent before it has been handled. A loaded
    machine (the sanitizer build beside other tests) may take seconds per frame; fixed pauses
    would drop keys there."""

    def __init__(self, name, args, cwd=None):
        self.dir = cwd or os.path.join(TMP, name)
        os.makedirs(self.dir, exist_ok=True)
        self.shots = 0
        self.proc = subprocess.Popen([LOOPSCOPE] + args, env=ENV, cwd=self.dir,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "loopscope"],
                                  capture_output=True, text=True, timeout=30).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", self.wid], timeout=10)
        self.barrier()

    def barrier(self, frames=2):
        for _ in range(frames):  # the frame that saw the last input, and more
            self.shots += 1
            subprocess.run(["xdotool", "key", "F12"], timeout=10)
            png = os.path.join(self.dir, "loopscope-screenshot-%d.png" % self.shots)
            deadline = time.time() + 60
            while not os.path.exists(png) and time.time() < deadline:
                if self.proc.poll() is not None:
                    return
                time.sleep(0.05)

    def send(self, *xdotool_args, frames=2):
        """One xdotool command (key, type, mousemove ... click), then a barrier of 'frames' frames."""
        subprocess.run(["xdotool"] + list(xdotool_args), timeout=30)
        self.barrier(frames)

    def quit(self):
        subprocess.run(["xdotool", "key", "ctrl+q"], timeout=10)
        return self.proc.wait(timeout=30)

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()


def read_png(path):
    """Returns (width, height, rows of RGB bytes) of an 8-bit RGB/RGBA PNG, or raises."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG signature")
    pos, idat, width = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]:
            raise ValueError("bad CRC in " + kind.decode())
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError("unexpected PNG format")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line) if bpp == 3 else bytes(v for k, v in enumerate(line) if k % 4 != 3))
        prev = line
    return width, height, rows


def count_colour(rows, rgb, tolerance=12):
    n = 0
    for row in rows:
        for x in range(0, len(row), 3):
            if all(abs(row[x + k] - rgb[k]) <= tolerance for k in range(3)):
                n += 1
    return n


def lesson(rel):
    return os.path.join(SRC, rel)


# ---- no display: a clear message and exit code 2 ----------------------------------------
env = {k: v for k, v in ENV.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
r = run([lesson("lessons/02_tasks/02_two_tasks_one_second.py")], env=env)
check(r.returncode == 2, "no display: exit code 2 (got %d)" % r.returncode)
check("cannot open a window: no display" in r.stderr, "no display: the message says so")

# ---- two lessons: valid PNGs of the requested size that differ --------------------------
shots = []
for name, rel in (("a", "lessons/01_first_steps/01_hello_coroutine.py"),
                  ("b", "lessons/06_synchronisation/01_lock.py")):
    png = os.path.join(TMP, name + ".png")
    dump = os.path.join(TMP, name + ".json")
    r = run([lesson(rel), "--size", "1280x800", "--frames", "4", "--screenshot", png, "--dump-state", dump])
    check(r.returncode == 0, "%s: exit code 0 (got %d: %s)" % (rel, r.returncode, r.stderr.strip()))
    try:
        w, h, rows = read_png(png)
        check((w, h) == (1280, 800), "%s: screenshot is 1280x800 (got %dx%d)" % (rel, w, h))
        shots.append(rows)
    except Exception as e:  # noqa: BLE001 - any decoding problem is a failure
        check(False, "%s: screenshot is a valid PNG (%s)" % (rel, e))
    state = json.load(open(dump))
    check(state["lesson"] == lesson(rel), "%s: dump-state names the lesson" % rel)
    check(state["errors"] == [], "%s: no errors" % rel)
    check(state["cursor"] == {"event_index": 0, "handle_runs": 0, "virtual_time": 0.0}, "%s: cursor at zero" % rel)
    check(state["window"]["frames"] == 4, "%s: rendered 4 frames" % rel)
if len(shots) == 2:
    differing = sum(1 for ra, rb in zip(*shots) if ra != rb)
    check(differing > 50, "the two lessons' screenshots differ (%d rows differ)" % differing)

# ---- a syntax error: listed in the dump, shown in the window ----------------------------
png = os.path.join(TMP, "error.png")
dump = os.path.join(TMP, "error.json")
r = run([lesson("tests/gui/data/syntax_error.py"), "--size", "1280x800", "--frames", "3",
         "--screenshot", png, "--dump-state", dump])
check(r.returncode == 0, "syntax error: the app still opens (exit 0, got %d)" % r.returncode)
state = json.load(open(dump))
check(len(state["errors"]) == 1 and state["errors"][0]["line"] == 11 and state["errors"][0]["message"] == "expected ':'",
      "syntax error: dump-state lists expected ':' on line 11 (%s)" % state["errors"])
# The Errors panel's title bar is dark red (the only such colour in the dark theme).
_, _, rows = read_png(png)
red = count_colour(rows, (140, 31, 31)) + count_colour(rows, (166, 38, 38))
check(red > 2000, "syntax error: the Errors panel is on screen (%d red title pixels)" % red)
if shots:
    check(count_colour(shots[0], (140, 31, 31)) + count_colour(shots[0], (166, 38, 38)) == 0,
          "a lesson without errors shows no Errors panel")

# ---- the recorded run: --goto moves the cursor, and the picture changes with it ---------------
LOCK = lesson("lessons/06_synchronisation/01_lock.py")
steps = {}
for step in (0, 5):
    png = os.path.join(TMP, "goto%d.png" % step)
    dump = os.path.join(TMP, "goto%d.json" % step)
    r = run([LOCK, "--size", "1280x800", "--goto", str(step), "--frames", "3", "--screenshot", png, "--dump-state", dump])
    check(r.returncode == 0, "--goto %d: exit code 0 (got %d: %s)" % (step, r.returncode, r.stderr.strip()))
    state = json.load(open(dump))
    check(state["recording"] is True, "--goto %d: the lesson is recorded" % step)
    check(state["cursor"]["handle_runs"] == step, "--goto %d: %s handle runs in the dump" % (step, state["cursor"]))
    steps[step] = read_png(png)[2]
if len(steps) == 2:
    differing = sum(1 for ra, rb in zip(steps[0], steps[5]) if ra != rb)
    check(differing > 100, "screenshots at --goto 0 and --goto 5 differ (%d rows differ)" % differing)

# A run that ends in a deadlock is explained in the Errors panel (and listed in the dump).
dump = os.path.join(TMP, "deadlock.json")
r = run([lesson("lessons/09_pitfalls/04_deadlock.py"), "--size", "1280x800", "--frames", "2", "--dump-state", dump])
state = json.load(open(dump))
check(any(e["kind"] == "Deadlock" for e in state["errors"]), "a deadlock is listed as an error (%s)" % state["errors"])

# ---- F10 three times, then the toolbar's step button: the dump counts the handle runs -------
if shutil.which("xdotool"):
    dump = os.path.join(TMP, "steps.json")
    app = None
    try:
        app = App("steps", [LOCK, "--size", "1280x800", "--dump-state", dump])
        for _ in range(3):
            app.send("key", "F10")
        app.quit()
        state = json.load(open(dump))
        check(state["cursor"]["handle_runs"] == 3, "F10 three times: three handle runs (%s)" % state["cursor"])
    except Exception as e:  # noqa: BLE001
        check(False, "xdotool F10 session (%s)" % e)
    finally:
        if app:
            app.close()
    app = None
    try:
        app = App("toolbar", [LOCK, "--size", "1280x800", "--dump-state", dump])
        # The toolbar's "Loop step" button (1280x800, 15 px font: full labels).
        for _ in range(2):
            app.send("mousemove", "--window", app.wid, "478", "19", "click", "1")
        subprocess.run(["xdotool", "windowfocus", "--sync", app.wid], timeout=10)
        app.quit()
        state = json.load(open(dump))
        check(state["cursor"]["handle_runs"] == 2 and state["last_command"] == "step_loop",
              "clicking the toolbar's Loop step twice: two handle runs (%s, %s)" % (state["cursor"], state["last_command"]))
    except Exception as e:  # noqa: BLE001
        check(False, "xdotool toolbar session (%s)" % e)
    finally:
        if app:
            app.close()

# ---- keys through xdotool: F10, a click on a code line, Ctrl+Q closes the app -------------
if shutil.which("xdotool"):
    dump = os.path.join(TMP, "keys.json")
    app = None
    try:
        app = App("keys", [lesson("lessons/02_tasks/02_two_tasks_one_second.py"), "--size", "1280x800",
                           "--dump-state", dump])
        app.send("key", "F10")
        # A code line in the Code panel (left column, a third of the way down).
        app.send("mousemove", "--window", app.wid, "200", "200", "click", "1")
        code = app.quit()
        check(code == 0, "Ctrl+Q closes the app with exit code 0 (got %d)" % code)
        state = json.load(open(dump))
        check(state["last_command"] == "step_loop", "F10 reached the session (last_command %s)" % state["last_command"])
        check(state["current_line"] > 0, "clicking a code line makes it the current line (%d)" % state["current_line"])
        settings = os.path.join(TMP, "config", "loopscope", "settings.ini")
        check(os.path.exists(settings) and "last_lesson = " + lesson("lessons/02_tasks/02_two_tasks_one_second.py")
              in open(settings).read(), "closing the app remembers the settings and the last lesson")
    except Exception as e:  # noqa: BLE001
        check(False, "xdotool session (%s)" % e)
    finally:
        if app:
            app.close()

# ---- no FILE: the last lesson again, the browser open; Esc, Ctrl+Page Down opens the next ----
if shutil.which("xdotool"):
    dump = os.path.join(TMP, "browse.json")
    app = None
    try:
        app = App("browse", ["--size", "1280x800", "--dump-state", dump])
        app.send("key", "Escape")  # closes the lesson browser
        app.send("key", "ctrl+Next")  # Ctrl+Page Down
        app.quit()
        state = json.load(open(dump))
        check(state["lesson"] == lesson("lessons/02_tasks/03_sequential_vs_concurrent.py"),
              "started without a FILE on the remembered lesson, Ctrl+Page Down opened the next one (%s)" % state["lesson"])
    except Exception as e:  # noqa: BLE001
        check(False, "xdotool lesson-browser session (%s)" % e)
    finally:
        if app:
            app.close()

# ---- the editor: Ctrl+E, type, Ctrl+Enter runs the edits unsaved; Ctrl+Q asks; Save writes -----
if shutil.which("xdotool"):
    edited = os.path.join(TMP, "edit_me.py")
    shutil.copy(lesson("lessons/02_tasks/02_two_tasks_one_second.py"), edited)
    original = open(edited).read()
    dump = os.path.join(TMP, "edit.json")
    app = None
    try:
        app = App("edit", [edited, "--size", "1280x800", "--dump-state", dump], cwd=TMP)
        # The editor takes the keyboard a few frames after Ctrl+E opens it.
        app.send("key", "ctrl+e", frames=6)
        for keys in (["key", "ctrl+End"], ["type", "--delay", "30", 'print("edited!")'],
                     ["key", "ctrl+Return"], ["key", "Escape"], ["key", "End"]):
            app.send(*keys)
        check(open(edited).read() == original, "running edits (Ctrl+Enter) leaves the file on disk alone")
        app.send("key", "ctrl+q")
        check(app.proc.poll() is None, "Ctrl+Q with unsaved edits asks first instead of quitting")
        app.send("key", "Escape")  # Cancel: the app stays, edits kept
        app.send("key", "ctrl+q")
        check(app.proc.poll() is None and open(edited).read() == original, "Cancel kept the app and left the file alone")
        subprocess.run(["xdotool", "key", "ctrl+s"], timeout=10)  # the prompt's Save
        code = app.proc.wait(timeout=30)
        check(code == 0, "Save in the prompt saves, then quits (exit code %d)" % code)
        text = open(edited).read()
        check('print("edited!")' in text and text.replace('print("edited!")', "", 1).strip() == original.strip(),
              "the saved file is the original plus the typed line (%s)" % "".join(
                  difflib.unified_diff(original.splitlines(True), text.splitlines(True), n=0)))
        check(os.path.exists(os.path.join(TMP, "loopscope-screenshot-1.png")), "F12 saved a screenshot")
        leftovers = [f for f in os.listdir(TMP) if f.startswith("edit_me.py") and f != "edit_me.py"]
        check(not leftovers, "the atomic save leaves no temporary file behind (%s)" % leftovers)
    except Exception as e:  # noqa: BLE001
        check(False, "xdotool editor session (%s)" % e)
    finally:
        if app:
            app.close()

shutil.rmtree(TMP, ignore_errors=True)
print("%d failure(s)" % len(FAILURES))
sys.exit(1 if FAILURES else 0)
