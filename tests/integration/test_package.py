"""The Debian package, as an operator gets it: built from (a copy of) the
tree with dpkg-buildpackage, clean for lintian (no E: line), installed
with apt-get install ./mxq_*.deb, its /etc/mxq/mxq.conf loading with
--check-config, the installed /usr/sbin/mxqd storing one message sent
with smtplib (started by hand: CI machines run no systemd), and purged.

Skipped (77) unless root and dpkg-buildpackage is there. Takes the build's
mxqd as its argument like the other integration tests, but builds its own.
The package build uses 2 jobs (MXQ_PACKAGE_JOBS)."""

import glob
import json
import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
JOBS = os.environ.get("MXQ_PACKAGE_JOBS", "2")
POLICY_RC_D = "/usr/sbin/policy-rc.d"


def sh(argv, timeout=600, check=True, **kwargs):
    """Runs argv; its output, with stderr in it. Fails with the output."""
    started = time.monotonic()
    p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=timeout, **kwargs)
    out = p.stdout.decode("utf-8", "replace")
    print("$ %s  (%.1f s, exit %d)" % (" ".join(argv),
                                       time.monotonic() - started,
                                       p.returncode), flush=True)
    if check and p.returncode != 0:
        raise AssertionError("%s exited %d:\n%s" % (argv[0], p.returncode,
                                                    out[-6000:]))
    return out


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_tree(dest):
    """The tree as committed plus what is not ignored yet (git ls-files),
    or everything but build folders and the queue without git."""
    try:
        names = subprocess.run(
            ["git", "-C", SOURCE, "ls-files", "-z", "--cached", "--others",
             "--exclude-standard"], check=True, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL).stdout.split(b"\0")
    except (OSError, subprocess.CalledProcessError):
        top = lambda d, n: ([x for x in n if x.startswith("build") or
                             x in (".git", "queue")]
                            if os.path.samefile(d, SOURCE) else [])
        shutil.copytree(SOURCE, dest, ignore=top, symlinks=True)
        return
    for name in names:
        if not name:
            continue
        rel = name.decode()
        src = os.path.join(SOURCE, rel)
        if not os.path.lexists(src):   # deleted in the work tree
            continue
        os.makedirs(os.path.dirname(os.path.join(dest, rel)), exist_ok=True)
        shutil.copy2(src, os.path.join(dest, rel), follow_symlinks=False)


class Package(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="mxq-package-")
        os.chmod(cls.dir, 0o755)  # apt's _apt reads the .deb; mxq the queue
        cls.installed = False
        cls.own_policy = False
        src = os.path.join(cls.dir, "mxq")
        copy_tree(src)
        started = time.monotonic()
        env = dict(os.environ, DEB_BUILD_OPTIONS="parallel=%s nocheck" % JOBS)
        sh(["dpkg-buildpackage", "-b", "-us", "-uc", "-j" + JOBS],
           cwd=src, env=env, timeout=480)
        cls.build_seconds = time.monotonic() - started
        print("package built in %.0f s" % cls.build_seconds, flush=True)
        debs = glob.glob(os.path.join(cls.dir, "mxq_*.deb"))
        assert len(debs) == 1, debs
        cls.deb = debs[0]

    @classmethod
    def tearDownClass(cls):
        try:
            if cls.installed:
                sh(["apt-get", "purge", "-y", "-q", "mxq"],
                   env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        finally:
            if cls.own_policy:
                os.unlink(POLICY_RC_D)
            shutil.rmtree(cls.dir, ignore_errors=True)

    def test_1_lintian(self):
        out = sh(["lintian", "--info", "--display-info", self.deb],
                 check=False, timeout=300)
        print(out)
        errors = [l for l in out.splitlines() if l.startswith("E:")]
        self.assertEqual(errors, [])

    def test_2_contents(self):
        listing = sh(["dpkg-deb", "--contents", self.deb])
        for path in ("./usr/sbin/mxqd", "./lib/systemd/system/mxqd.service",
                     "./etc/mxq/mxq.conf", "./usr/share/man/man8/mxqd.8.gz",
                     "./usr/share/man/man5/mxq.conf.5.gz",
                     "./usr/share/doc/mxq/README.md",
                     "./usr/share/doc/mxq/examples/mxq.conf.example"):
            self.assertRegex(listing, r"\s%s(\.gz)?\n" % path.replace(".", r"\."))
        conffiles = sh(["dpkg-deb", "--info", self.deb, "conffiles"])
        self.assertEqual(conffiles.split(), ["/etc/mxq/mxq.conf"])

    def test_3_installed(self):
        # No service start by the maintainer scripts, were systemd running
        # here: this test starts mxqd itself, on a loopback port.
        if not os.path.exists(POLICY_RC_D):
            with open(POLICY_RC_D, "w") as f:
                f.write("#!/bin/sh\nexit 101\n")
            os.chmod(POLICY_RC_D, 0o755)
            type(self).own_policy = True
        type(self).installed = True
        sh(["apt-get", "install", "-y", "-q",
            "./" + os.path.basename(self.deb)], cwd=self.dir,
           env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), timeout=300)

        # What the postinst made.
        self.assertIn("mxq:", sh(["getent", "passwd", "mxq"]))
        st = os.stat("/var/lib/mxq")
        self.assertEqual(st.st_mode & 0o777, 0o750)
        self.assertEqual(sh(["stat", "-c", "%U:%G", "/var/lib/mxq"]).strip(),
                         "mxq:mxq")
        self.assertIn("/usr/share/man/man5/mxq.conf.5",
                      sh(["man", "-w", "mxq.conf"]))
        if shutil.which("systemd-analyze"):
            sh([os.path.join(SOURCE, "ci", "check-unit.sh"),
                "/lib/systemd/system/mxqd.service"])

        # The installed config, as installed.
        out = sh(["/usr/sbin/mxqd", "--check-config", "--config-file",
                  "/etc/mxq/mxq.conf"])
        for line in ("queue-directory: /var/lib/mxq/queue", "smtp-port: 25",
                     "user: mxq"):
            self.assertIn("\n" + line + "\n", out)

        # The installed mxqd with the installed config, on a test port and
        # a queue of its own (mxq's: it switches to user mxq).
        queue = os.path.join(self.dir, "queue")
        os.mkdir(queue)
        shutil.chown(queue, "mxq", "mxq")
        port = free_port()
        stderr_path = os.path.join(self.dir, "mxqd.stderr")
        with open(stderr_path, "wb") as err:
            proc = subprocess.Popen(
                ["/usr/sbin/mxqd", "--config-file", "/etc/mxq/mxq.conf",
                 "--smtp-ip", "127.0.0.1", "--smtp-port", str(port),
                 "--queue-directory", queue, "--hostname", "mx.test.example"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=err)
        try:
            deadline = time.monotonic() + 15
            log = ""
            while " ready" not in log:
                self.assertIsNone(proc.poll(), log)
                self.assertLess(time.monotonic(), deadline, log)
                time.sleep(0.05)
                with open(stderr_path, errors="replace") as f:
                    log = f.read()
            with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
                self.assertEqual(c.sendmail(
                    "a@example.test", ["b@example.test"],
                    b"Subject: from the package\r\n\r\nhello\r\n"), {})
            new = os.path.join(queue, "inbox", "new")
            files = os.listdir(new)
            self.assertEqual(len(files), 1, files)
            with open(os.path.join(new, files[0]), "rb") as f:
                docs = [json.loads(l) for l in f.read().splitlines()]
            self.assertEqual(len(docs), 1, docs)
            self.assertEqual(docs[0]["recipient"], "b@example.test")
            self.assertIn("from the package", docs[0]["mime"])
            self.assertEqual(sh(["stat", "-c", "%U", os.path.join(new, files[0])])
                             .strip(), "mxq")
            proc.send_signal(signal.SIGTERM)
            self.assertEqual(proc.wait(30), 0)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    def test_4_purged(self):
        if not type(self).installed:
            self.skipTest("not installed")
        sh(["apt-get", "purge", "-y", "-q", "mxq"],
           env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        type(self).installed = False
        for path in ("/usr/sbin/mxqd", "/etc/mxq/mxq.conf", "/var/lib/mxq",
                     "/lib/systemd/system/mxqd.service"):
            self.assertFalse(os.path.exists(path), path)


if __name__ == "__main__":
    if os.geteuid() != 0:
        print("test_package: needs root (apt-get install): skipped")
        sys.exit(77)
    if shutil.which("dpkg-buildpackage") is None:
        print("test_package: dpkg-buildpackage is not installed: skipped")
        sys.exit(77)
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)
