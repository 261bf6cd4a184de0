"""The conversation gold files stay well-formed: every answer verbatim in a listed source, turns 1..n."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_conversation_set_passes_the_checker():
    folders = [str(ROOT / "eval" / "dialogues")] + sorted(str(p) for p in (ROOT / "eval").glob("conversations*"))
    done = subprocess.run([sys.executable, str(ROOT / "eval" / "validate.py"), *folders], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.strip().endswith("OK 0")
