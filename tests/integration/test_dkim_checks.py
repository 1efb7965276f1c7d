"""DKIM, DMARC and ARC against the real mxqd (smtp-check: dkim,dmarc,arc): keys made fresh with
dkimpy's dknewkey (rsa 2048 and ed25519), published by a real unbound on
loopback, messages signed with dkimpy and sent with smtplib. mxq's verdict
for each signature is compared with dkimpy's dkim.verify against the same
zone, case by case: good signatures, a changed body, a changed signed
header, a key that is not published, a revoked key, and a message with no
signature; the Authentication-Results field says the same as python3-
authres reads it, and a forged one claiming our name is gone. ARC chains
sealed by dkimpy's arc_sign (one and two intermediaries, then tampered
with) get the verdict dkimpy's arc_verify gives them."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

import unbound_server
from mxqd_harness import HOSTNAME, Mxqd, run

DKNEWKEY = shutil.which("dknewkey")


def make_key(directory, name, ktype):
    argv = [DKNEWKEY] + (["--ktype", ktype] if ktype != "rsa" else []) + [
        name]
    subprocess.run(argv, cwd=directory, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    with open(os.path.join(directory, name + ".key"), "rb") as f:
        private = f.read()
    with open(os.path.join(directory, name + ".dns")) as f:
        record = f.read().strip()
    return private, record


def txt(name, record):
    """An unbound local-data line, the record cut into 255-octet strings."""
    parts = [record[i:i + 200] for i in range(0, len(record), 200)]
    return "%s. TXT %s" % (name, " ".join('"%s"' % p for p in parts))


MESSAGE = (b"From: Alice <alice@signed.test>\r\nTo: bob@example.org\r\n"
           b"Subject: signed\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
           b"Message-ID: <dkim-1@signed.test>\r\n\r\n"
           b"Hello Bob,\r\n\r\nthis body is signed.\r\n")


@unittest.skipUnless(DKNEWKEY and unbound_server.available(),
                     "dknewkey (python3-dkim) or unbound missing")
class DkimChecks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="mxq-dkim-")
        cls.rsa, rsa_record = make_key(cls.dir, "rsa", "rsa")
        cls.ed, ed_record = make_key(cls.dir, "ed", "ed25519")
        records = [txt("rsa._domainkey.signed.test", rsa_record),
                   txt("ed._domainkey.signed.test", ed_record),
                   txt("revoked._domainkey.signed.test",
                       "v=DKIM1; k=rsa; p="),
                   txt("_dmarc.signed.test", "v=DMARC1; p=reject; sp=quarantine"),
                   txt("_dmarc.none.test", "v=DMARC1; p=none")]
        cls.dns = unbound_server.Unbound(
            records, refused=["refused.test."]).start()
        cls.mxqd = Mxqd(smtp_check="dkim,dmarc,arc",
                        dns_servers=cls.dns.server(),
                        smtp_check_timeout=10,
                        smtp_auth_results="local,nonlocal").start()
        cls.count = 0

    @classmethod
    def tearDownClass(cls):
        try:
            cls.mxqd.finish()
        finally:
            cls.dns.stop()
            shutil.rmtree(cls.dir, ignore_errors=True)

    def sign(self, message, selector, key, algo=b"rsa-sha256"):
        import dkim
        sig = dkim.sign(message, selector.encode(), b"signed.test", key,
                        canonicalize=(b"relaxed", b"relaxed"),
                        signature_algorithm=algo,
                        include_headers=[b"from", b"to", b"subject"])
        return sig + message

    def dnsfunc(self):
        """A dkimpy lookup function asking the same unbound."""
        import dns.resolver
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = ["127.0.0.1"]
        resolver.port = self.dns.port

        def dnsfunc(name, timeout=5):
            try:
                answer = resolver.resolve(name.decode().rstrip("."), "TXT")
            except Exception:
                return b""
            return b"".join(b"".join(r.strings) for r in answer)
        return dnsfunc

    def dkimpy_verdicts(self, message):
        """dkimpy's result for each signature, with the same unbound."""
        import dkim
        dnsfunc = self.dnsfunc()
        d = dkim.DKIM(message)
        count = len([h for h in d.headers if h[0].lower() ==
                     b"dkim-signature"])
        verdicts = []
        for i in range(count):
            try:
                verdicts.append(d.verify(idx=i, dnsfunc=dnsfunc))
            except dkim.DKIMException:  # what it says for a bad body hash
                verdicts.append(False)
        return verdicts

    def send(self, message):
        DkimChecks.count += 1
        rcpt = "dkim%d@example.org" % DkimChecks.count
        with self.mxqd.smtp() as c:
            c.ehlo("client.test")
            c.mail("alice@signed.test")
            c.rcpt(rcpt)
            code, text = c.data(message)
            self.assertEqual(code, 250, text)
        docs = self.mxqd.documents_for(rcpt)
        self.assertEqual(len(docs), 1)
        return docs[0]

    def dkim_checks(self, doc):
        return [c for c in doc["checks"] if "dkim" in c]

    def compare(self, message, want):
        """mxq's words for the message's signatures are want, and dkimpy
        agrees on which pass."""
        doc = self.send(message)
        got = [c["dkim"] for c in self.dkim_checks(doc)]
        self.assertEqual(got, want, self.dkim_checks(doc))
        self.assertEqual(self.dkimpy_verdicts(message),
                         [w == "pass" for w in want], "dkimpy disagrees")
        return doc

    def test_good_signatures(self):
        signed = self.sign(self.sign(MESSAGE, "rsa", self.rsa), "ed",
                           self.ed, b"ed25519-sha256")
        doc = self.compare(signed, ["pass", "pass"])
        ed, rsa = self.dkim_checks(doc)
        self.assertEqual((ed["header.d"], ed["header.s"], ed["header.a"]),
                         ("signed.test", "ed", "ed25519-sha256"))
        self.assertEqual((rsa["domain"], rsa["selector"]),
                         ("signed.test", "rsa"))
        self.assertEqual(len(rsa["header.b"]), 12)

    def test_changed_body_and_header(self):
        signed = self.sign(MESSAGE, "rsa", self.rsa)
        self.compare(signed.replace(b"is signed", b"is changed"), ["fail"])
        self.compare(signed.replace(b"Subject: signed", b"Subject: forged"),
                     ["fail"])

    def test_key_lookup_refused(self):
        """A name server that refuses the key's query: temperror for mxq,
        no pass for dkimpy either."""
        import dkim
        signed = dkim.sign(MESSAGE, b"rsa", b"refused.test", self.rsa,
                           canonicalize=(b"relaxed", b"relaxed"),
                           include_headers=[b"from", b"to", b"subject"])
        doc = self.compare(signed + MESSAGE, ["temperror"])
        self.assertEqual(self.dkim_checks(doc)[0]["reason"],
                         "key lookup failed")

    def test_keys_missing_or_revoked(self):
        self.compare(self.sign(MESSAGE, "rsa", self.rsa).replace(
            b"s=rsa", b"s=nokey"), ["permerror"])
        self.compare(self.sign(MESSAGE, "rsa", self.rsa).replace(
            b"s=rsa", b"s=revoked"), ["permerror"])

    def dmarc_of(self, doc):
        [d] = [c for c in doc["checks"] if "dmarc" in c]
        return d

    def test_dmarc(self):
        """DMARC over the DKIM results: aligned pass; a broken signature
        fails with p=reject; a subdomain From aligns relaxed with the
        organizational domain and takes sp; no record is none; two From
        addresses are permerror."""
        signed = self.sign(MESSAGE, "ed", self.ed, b"ed25519-sha256")
        self.assertEqual(self.dmarc_of(self.send(signed)), {
            "dmarc": "pass", "header.from": "signed.test",
            "policy": "reject", "disposition": "none"})
        broken = signed.replace(b"is signed", b"is changed")
        self.assertEqual(self.dmarc_of(self.send(broken)), {
            "dmarc": "fail", "header.from": "signed.test",
            "policy": "reject", "disposition": "reject"})
        sub = self.sign(MESSAGE.replace(b"alice@signed.test",
                                        b"alice@news.signed.test"),
                        "ed", self.ed, b"ed25519-sha256")
        self.assertEqual(self.dmarc_of(self.send(sub)), {
            "dmarc": "pass", "header.from": "news.signed.test",
            "policy": "quarantine", "disposition": "none"})
        other = MESSAGE.replace(b"alice@signed.test", b"eve@nothing.test")
        self.assertEqual(self.dmarc_of(self.send(other))["dmarc"], "none")
        two = MESSAGE.replace(b"From: Alice <alice@signed.test>",
                              b"From: a@signed.test, b@signed.test")
        self.assertEqual(self.dmarc_of(self.send(two))["dmarc"], "permerror")

    def test_dmarc_reject(self):
        """smtp-check-reject: dmarc refuses a DMARC fail under p=reject
        with 550 5.7.1, and only that: a fail under sp=quarantine and a
        pass are accepted."""
        strict = Mxqd(smtp_check="dmarc", smtp_check_reject="dmarc",
                      dns_servers=self.dns.server(),
                      smtp_check_timeout=10).start()
        try:
            signed = self.sign(MESSAGE, "ed", self.ed, b"ed25519-sha256")
            broken = signed.replace(b"is signed", b"is changed")
            sub = MESSAGE.replace(b"alice@signed.test",
                                  b"alice@news.signed.test")
            for message, rcpt, want in [(broken, "rj1@example.org", 550),
                                        (sub, "rj2@example.org", 250),
                                        (signed, "rj3@example.org", 250)]:
                with strict.smtp() as c:
                    c.ehlo("client.test")
                    c.mail("alice@signed.test")
                    c.rcpt(rcpt)
                    code, text = c.data(message)
                self.assertEqual(code, want, text)
                if want == 550:
                    self.assertTrue(text.startswith(b"5.7.1 "), text)
                    self.assertIn(b"signed.test", text)
                # a refusal stores nothing, a 250 comes after the store
                self.assertEqual(len(strict.documents_for(rcpt, timeout=0)),
                                 0 if want == 550 else 1)
        finally:
            strict.finish()

    def test_unsigned_message(self):
        doc = self.send(MESSAGE)
        self.assertEqual(self.dkim_checks(doc), [{"dkim": "none"}])
        self.assertEqual(self.arc_of(doc), {"arc": "none"})

    def arc_of(self, doc):
        [a] = [c for c in doc["checks"] if "arc" in c]
        return a

    def seal(self, message, hop, arc_result=None):
        """What an intermediary `hop` (a list host of signed.test) does:
        its own Authentication-Results (with arc= for the chain it saw),
        then dkimpy's ARC set over it."""
        import dkim
        results = b"spf=pass smtp.mailfrom=alice@signed.test"
        if arc_result is not None:
            results += b"; arc=" + arc_result
        message = (b"Authentication-Results: " + hop + b"; " + results +
                   b"\r\n" + message)
        sealed = dkim.arc_sign(message, b"rsa", b"signed.test", self.rsa,
                               hop, include_headers=[b"from", b"to",
                                                     b"subject"])
        return b"".join(sealed) + message

    def compare_arc(self, message, want):
        import dkim
        doc = self.send(message)
        got = self.arc_of(doc)
        self.assertEqual(got["arc"], want, got)
        cv, _, why = dkim.arc_verify(message, dnsfunc=self.dnsfunc())
        self.assertEqual(cv.decode(), want, "dkimpy disagrees: %s" % why)
        return got

    def test_arc(self):
        """One and two intermediaries: pass, the chain of their domains,
        the oldest passing instance; a body changed after the last seal
        fails, and so does a seal of the first hop changed later."""
        one = self.seal(self.sign(MESSAGE, "rsa", self.rsa), b"lists.test")
        self.assertEqual(self.compare_arc(one, "pass"), {
            "arc": "pass", "chain": ["signed.test"],
            "header.oldest-pass": 1})
        two = self.seal(one, b"relay.test", b"pass")
        got = self.compare_arc(two, "pass")
        self.assertEqual(got["chain"], ["signed.test", "signed.test"])
        self.assertEqual(got["header.oldest-pass"], 1)
        broken = self.compare_arc(two.replace(b"is signed", b"is changed"),
                                  "fail")
        self.assertEqual(broken["reason"], "body hash mismatch")
        # The newest set is intact, the first seal is not.
        first_seal = two.rindex(b"ARC-Seal:")
        forged = two[:first_seal] + two[first_seal:].replace(
            b"d=signed.test", b"d=signed.test; x=1", 1)
        self.compare_arc(forged, "fail")

    def test_authentication_results(self):
        import authres
        forged = (b"Authentication-Results: " + HOSTNAME.encode() +
                  b"; dkim=pass header.d=bank.test\r\n")
        signed = forged + self.sign(MESSAGE, "ed", self.ed,
                                    b"ed25519-sha256")
        doc = self.send(signed)
        header = re.sub(r"\r\n(?=[ \t])", "",
                        doc["mime"].split("\r\n\r\n")[0])
        fields = [line for line in header.split("\r\n")
                  if line.lower().startswith("authentication-results:")]
        self.assertEqual(len(fields), 1, fields)
        parsed = authres.AuthenticationResultsHeader.parse(fields[0])
        self.assertEqual(parsed.authserv_id, HOSTNAME)
        methods = {r.method: r for r in parsed.results}
        self.assertEqual(sorted(methods), ["arc", "dkim", "dmarc", "spf"])
        self.assertEqual(methods["arc"].result, "none")
        result = methods["dkim"]
        self.assertEqual(result.result, "pass")
        self.assertEqual(methods["dmarc"].result, "pass")
        props = {(p.type, p.name): p.value for p in result.properties}
        self.assertEqual(props[("header", "d")], "signed.test")
        self.assertEqual(props[("header", "s")], "ed")


if __name__ == "__main__":
    run(DkimChecks)
