"""application-log-format: json gives one JSON object per line, with the
fields of a text line (time, pid, level, message), for every line of a
session, including a client's odd bytes quoted in a message; text stays
the default."""

import json
import re
import unittest

from mxqd_harness import Mxqd, run


class LogFormat(unittest.TestCase):
    def test_json_lines(self):
        mxqd = Mxqd(application_log_format="json").start()
        try:
            with mxqd.smtp() as c:
                self.assertEqual(c.sendmail("a@example.test",
                                            ["b@example.test"],
                                            b"Subject: x\r\n\r\nx\r\n"), {})
            mxqd.wait_log(r"stored in inbox")
            self.assertEqual(mxqd.stop(), 0)
            lines = mxqd.log().splitlines()
        finally:
            mxqd.cleanup()
        self.assertGreater(len(lines), 3)
        for line in lines:
            obj = json.loads(line)
            self.assertEqual(sorted(obj), ["level", "message", "pid", "time"])
            self.assertRegex(obj["time"],
                             r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")
            self.assertEqual(obj["pid"], mxqd.proc.pid)
            self.assertIn(obj["level"], ("info", "warning", "critical"))
        messages = [json.loads(l)["message"] for l in lines]
        self.assertTrue(any(re.match(r"message from 127\.0\.0\.1 stored in "
                                     r"inbox for 1 recipients: ", m)
                            for m in messages), messages)

    def test_text_is_the_default(self):
        mxqd = Mxqd().start()
        try:
            self.assertEqual(mxqd.stop(), 0)
            self.assertRegex(mxqd.log().splitlines()[0],
                             r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d mxqd\[\d+\] "
                             r"info: ")
        finally:
            mxqd.cleanup()


if __name__ == "__main__":
    run(LogFormat)
