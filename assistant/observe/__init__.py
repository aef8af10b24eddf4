"""The evidence reader: profile facts observed in what the user's nodes print (`arp`, `ip`, `kubectl`, `uname`, ...).

Pure functions: the pasted text is data, never executed, never sent anywhere.
"""

from assistant.observe.models import Observation, ObservedFact
from assistant.observe.reader import read_evidence

__all__ = ["Observation", "ObservedFact", "read_evidence"]
